const a = { list: [1, 2], meta: { n: 1 } };
const b = a;
const shallow = { ...a };
b.meta.n = 2;
shallow.list.push(3);
shallow.meta = { n: 99 };
print(a.meta.n, a.list, shallow.meta.n, a === b, a.list === shallow.list);
function mutate(obj) { obj.changed = true; obj = { replaced: true }; return obj; }
const r = mutate(a);
print(a.changed, a.replaced, r.replaced);
const cyc = { name: "cyc" };
cyc.self = cyc;
print(cyc.self.self.self.name, cyc.self === cyc);
const registry = {};
const key1 = {}, key2 = {};
registry[key1] = "first";
registry[key2] = "second";
print(Object.keys(registry).length, registry[key1]);
/* expected
2 1,2,3 99 true true
true undefined true
cyc true
1 second
*/
