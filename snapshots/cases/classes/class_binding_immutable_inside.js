class Foo {
  static rename() {
    try { Foo = null; } catch (e) { return e.name; }
    return "no error";
  }
}
print(Foo.rename());
let Outer = class Bar { static tryIt() { try { Bar = 1; } catch (e) { return e.name; } } };
print(Outer.tryIt());
class Qux {}
Qux = 5;
print(Qux);
/* expected
TypeError
TypeError
5
*/
