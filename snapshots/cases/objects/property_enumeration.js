function Base() { this.a = 1; }
Base.prototype.b = 2;
const o = new Base();
o.c = 3;
const s = Symbol("hidden");
o[s] = 4;
const forIn = [];
for (const k in o) forIn.push(k);
print("for-in:", forIn.join());
print("keys:", Object.keys(o).join());
print("values:", Object.values(o).join());
print("entries:", Object.entries(o).map((e) => e.join("=")).join("&"));
print(o.propertyIsEnumerable("a"), o.propertyIsEnumerable("b"), o.propertyIsEnumerable(s));
print([].propertyIsEnumerable("length"), "length" in [], Object.keys([]).length);
const copy = Object.assign({}, o);
print(Object.keys(copy).join(), copy[s], "b" in copy);
const spread = { ...o };
print(Object.keys(spread).join(), spread[s]);
/* expected
for-in: a,c,b
keys: a,c
values: 1,3
entries: a=1&c=3
true false true
false true 0
a,c 4 false
a,c 4
*/
