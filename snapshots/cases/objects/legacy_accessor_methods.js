// Annex B's __defineGetter__, __defineSetter__, __lookupGetter__ and
// __lookupSetter__: enumerable, configurable accessor halves, looked up
// along the prototype chain.
const o = {};
o.__defineGetter__("x", function () { return this.y * 2; });
o.__defineSetter__("x", function (v) { this.y = v; });
o.x = 21;
const d = Object.getOwnPropertyDescriptor(o, "x");
print(o.x, d.enumerable, d.configurable, typeof d.get, typeof d.set);
const child = Object.create(o);
print(child.__lookupGetter__("x") === d.get, child.__lookupSetter__("x") === d.set);
print(child.__lookupGetter__("y"), o.__lookupGetter__("nothing"));
try {
  o.__defineGetter__("z", 42);
} catch (e) {
  print(e.name);
}
Object.defineProperty(o, "fixed", { value: 1 });
try {
  o.__defineSetter__("fixed", () => {});
} catch (e) {
  print(e.name);
}
const sym = Symbol("s");
o.__defineGetter__(sym, () => "by symbol");
print(o[sym], Object.prototype.__lookupGetter__.call(o, sym)());
