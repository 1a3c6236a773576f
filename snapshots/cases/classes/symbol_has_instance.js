class Even {
  static [Symbol.hasInstance](n) { return typeof n === "number" && n % 2 === 0; }
}
print(2 instanceof Even, 3 instanceof Even, "4" instanceof Even);
class Duck {
  static [Symbol.hasInstance](o) { return o != null && typeof o.quack === "function"; }
}
print({ quack() {} } instanceof Duck, {} instanceof Duck);
class Plain {}
class Sub extends Plain {}
print(new Sub() instanceof Plain, Object.create(Sub.prototype) instanceof Sub);
try { ({}) instanceof 5; } catch (e) { print(e.name); }
/* expected
true false false
true false
true true
TypeError
*/
