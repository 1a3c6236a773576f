// `super.x = v` sets through the home object's prototype with `this` as
// the receiver: a setter there runs on `this`, a plain data property is
// created on `this`. Compound, logical and update forms read through super
// first. `delete super.x` is a ReferenceError.
class Base {
  set tag(v) { this._tag = "base:" + v; }
  get tag() { return this._tag; }
}
class Derived extends Base {
  constructor() {
    super();
    super.tag = "a";
    super.plain = 1;
    super["plain"] += 10;
    super.count = 0;
    super.count++;
    super.missing ??= "filled";
  }
  static setOnClass() {
    super.onClass = true;
    return Object.hasOwn(this, "onClass");
  }
}
const d = new Derived();
print(d.tag, d.plain, d.count, d.missing, Object.keys(d).join(","));
print(Derived.setOnClass(), Object.hasOwn(Base, "onClass"));

const proto = { set v(x) { this.seen = x * 2; } };
const obj = { __proto__: proto, m() { super.v = 21; return this.seen; } };
print(obj.m());

const frozenProto = Object.freeze({ fixed: 1 });
const o2 = { __proto__: frozenProto, m() { super.fixed = 2; } };
try {
  o2.m();
} catch (e) {
  print(e.name);
}
try {
  ({ m() { delete super.x; } }).m();
} catch (e) {
  print(e.name);
}
class NullBase {
  static m() { super.x = 1; }
}
Object.setPrototypeOf(NullBase, null);
try {
  NullBase.m();
} catch (e) {
  print(e.name);
}
