const base = { greet() { return "hello from " + this.name; }, kind: "base" };
const o = { __proto__: base, name: "o" };
print(o.greet(), o.kind, Object.getPrototypeOf(o) === base);
print(o.hasOwnProperty("kind"), o.hasOwnProperty("__proto__"), Object.keys(o).join());
const nullProto = { __proto__: null, a: 1 };
print(Object.getPrototypeOf(nullProto), typeof nullProto.toString);
const notObj = { __proto__: 5 };
print(Object.getPrototypeOf(notObj) === Object.prototype);
const computed = { ["__proto__"]: base };
print(Object.getPrototypeOf(computed) === Object.prototype, computed.hasOwnProperty("__proto__"));
const chain = { __proto__: { __proto__: { deep: "deep value" } } };
print(chain.deep, "deep" in chain, chain.hasOwnProperty("deep"));
print(base.isPrototypeOf(o), Object.prototype.isPrototypeOf(o), o.isPrototypeOf(base));
/* expected
hello from o base true
false false name
null undefined
true
true true
deep value true false
true true false
*/
