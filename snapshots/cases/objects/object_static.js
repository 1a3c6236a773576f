const target = { a: 1 };
const r = Object.assign(target, { b: 2 }, null, { a: 3 }, undefined, "xy");
print(r === target, Object.entries(target).join(" "));
const created = Object.create({ inherited: true });
print(created.inherited, Object.keys(created).length);
const np = Object.create(null);
print(Object.getPrototypeOf(np), "toString" in np);
try { Object.create(5); } catch (e) { print(e.name); }
print(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf("s") === String.prototype);
print(Object.keys({ b: 1, a: 2 }).join(), Object.values({ b: 1, a: 2 }).join());
const e = Object.entries({ k: "v", n: 1 });
print(e.length, e[0][0], e[1][1], Array.isArray(e[0]));
let setterCalls = 0;
const withSetter = { set s(v) { setterCalls++; } };
Object.assign(withSetter, { s: 1 }, { s: 2 });
print(setterCalls);
print(Object(1) instanceof Number, typeof Object());
/* expected
true 0,x 1,y a,3 b,2
true 0
null false
TypeError
true true
b,a 1,2
2 k 1 true
2
true object
*/
