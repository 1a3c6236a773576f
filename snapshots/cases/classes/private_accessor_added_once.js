// PrivateMethodOrAccessorAdd: a private method or accessor is added to an
// object once; initializing the same object again (a base constructor that
// returns it) throws a TypeError, for accessors with a getter, a setter or
// both as for methods.
class Base {
  constructor(o) {
    return o;
  }
}
class WithGetter extends Base {
  get #p() { return 1; }
  static read(o) { return o.#p; }
}
class WithSetter extends Base {
  set #p(v) { this.seen = v; }
  static write(o, v) { o.#p = v; }
}
class WithBoth extends Base {
  get #p() { return this.value; }
  set #p(v) { this.value = v * 2; }
  static roundTrip(o, v) { o.#p = v; return o.#p; }
}
class WithMethod extends Base {
  #m() { return "m"; }
  static call(o) { return o.#m(); }
}
for (const C of [WithGetter, WithSetter, WithBoth, WithMethod]) {
  const o = {};
  new C(o);
  try {
    new C(o);
    print(C.name, "added twice");
  } catch (e) {
    print(C.name, e.constructor.name);
  }
}
const o = {};
new WithBoth(o);
print(WithBoth.roundTrip(o, 21), WithGetter.read(new WithGetter({})), WithMethod.call(new WithMethod({})));
const w = new WithSetter({});
WithSetter.write(w, "v");
print(w.seen);
/* expected
WithGetter TypeError
WithSetter TypeError
WithBoth TypeError
WithMethod TypeError
42 1 m
v
*/
