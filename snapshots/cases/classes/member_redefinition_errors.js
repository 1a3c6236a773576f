// A class member is defined with DefinePropertyOrThrow: a static member
// named `prototype` cannot replace the class's non-configurable
// `prototype`. A getter and a setter of one name share a property.
for (const make of [
  () => class { static ["prototype"]() {} },
  () => class { static get ["prototype"]() { return 1; } },
  () => class { static set ["prototype"](v) {} },
  () => class { static *["prototype"]() {} },
]) {
  try {
    make();
    print("defined");
  } catch (e) {
    print(e.name);
  }
}
class C {
  get x() { return this._x; }
  set x(v) { this._x = v * 2; }
  static get y() { return "y"; }
  m() {}
}
const c = new C();
c.x = 4;
const d = Object.getOwnPropertyDescriptor(C.prototype, "x");
print(c.x, typeof d.get, typeof d.set, d.enumerable, d.configurable, C.y);
const m = Object.getOwnPropertyDescriptor(C.prototype, "m");
print(m.writable, m.enumerable, m.configurable, Object.keys(C.prototype).length);
