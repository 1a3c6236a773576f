// Classes are strict, not callable, and their bindings have a TDZ.
try {
  new Later();
} catch (e) {
  print("TDZ:", e.name);
}
class Later {}
class Base {
  constructor() {
    return { replaced: true };
  }
}
class Uses extends Base {
  constructor() {
    super();
  }
}
print(new Uses().replaced);
class NullProto extends null {
  constructor() {
    return Object.create(NullProto.prototype);
  }
}
print(Object.getPrototypeOf(NullProto.prototype));
try {
  class X extends 5 {}
} catch (e) {
  print("extends 5:", e.name);
}
class Twice extends Base {
  constructor() {
    super();
    try {
      super();
    } catch (e) {
      print("second super:", e.name);
    }
  }
}
new Twice();
class BadReturn extends Later {
  constructor() {
    super();
    return 1;
  }
}
try {
  new BadReturn();
} catch (e) {
  print("bad return:", e.name);
}
class Accessors {
  static get kind() { return "static getter"; }
  set value(v) { this._v = v * 2; }
  get value() { return this._v; }
}
const acc = new Accessors();
acc.value = 21;
print(Accessors.kind, acc.value, Object.keys(Accessors.prototype).length);
const named = { Named: class {} };
print(named.Named.name);
/* expected
TDZ: ReferenceError
true
null
extends 5: TypeError
second super: ReferenceError
bad return: TypeError
static getter 42 0
Named
*/
