class Empty {}
const e = new Empty();
print(Object.keys(e).length, e instanceof Empty);
class Base { constructor(a, b) { this.args = [a, b]; } }
class Derived extends Base {}
const d = new Derived(1, 2);
print(d.args, d instanceof Base, d instanceof Derived);
class WithDefault {
  constructor(name = "anon", ...rest) { this.name = name; this.rest = rest; }
}
print(new WithDefault().name, new WithDefault("x", 1, 2).rest);
print(new WithDefault(undefined, 9).name, new WithDefault(null).name);
/* expected
0 true
1,2 true true
anon 1,2
anon null
*/
