const k = Symbol("k");
const o = {};
o[k] = 1;
o[k]++;
print(o[k]);
Object.defineProperty(o, Symbol.for("ro"), { value: "fixed", enumerable: false });
print(o[Symbol.for("ro")], o.propertyIsEnumerable(Symbol.for("ro")), o.propertyIsEnumerable(k));
delete o[k];
print(k in o, Object.getOwnPropertySymbols(o).length);
const d = Object.getOwnPropertyDescriptor(o, Symbol.for("ro"));
print(d.writable, d.configurable);
const order = { [Symbol("b")]: 1, z: 1, [Symbol("a")]: 1, 1: 1 };
print(Object.getOwnPropertySymbols(order).map((s) => s.description).join(","));
/* expected
2
fixed false true
false 1
false false
b,a
*/
