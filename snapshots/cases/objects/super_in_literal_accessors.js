// `super` in an object literal's getters and setters reads and writes
// through the literal's prototype (its home object's [[Prototype]]).
const base = { get x() { return 1 }, set y(v) { this.seen = 'base set ' + v }, name: 'base' };
const o = {
  __proto__: base,
  get y() { return super.x + 1 },
  set y(v) { super.y = v * 10 },
  get ['computed']() { return super.name + '!' },
};
print(o.y, o.computed);
o.y = 4;
print(o.seen, Object.keys(o).join(','));
print(({ __proto__: { get x() { return 1 } }, get y() { return super.x } }).y);
