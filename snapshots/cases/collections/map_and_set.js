const m = new Map([["a", 1], ["b", 2]]);
m.set("c", 3).set(NaN, "nan").set(-0, "zero");
print(m.size, m.get("b"), m.get(NaN), m.get(0), m.has("a"), m.has("z"), m.get("z"));
print([...m.keys()].join(), [...m.values()].join(), [...m].map(([k, v]) => k + "=" + v).join(";"));
m.delete("a");
const seen = [];
m.forEach((v, k) => { seen.push(k); if (k === "b") m.set("late", 9); if (k === "c") m.delete(NaN); });
print(seen.join(), m.size);
const obj = {};
const om = new Map();
om.set(obj, "object key");
print(om.get(obj), om.get({}), Object.prototype.toString.call(om));
const s = new Set([1, 2, 2, 3, "3"]);
s.add(4).add(1);
print(s.size, [...s].join(), s.has(3), s.has("4"), [...s.entries()][0].join());
for (const v of s) { if (v === 1) s.delete(2); if (v === 4) s.add(5); }
print([...s].join());
s.clear();
print(s.size, [...s].length);
try { Map(); } catch (e) { print(e.name); }
try { Map.prototype.get.call(new Set(), 1); } catch (e) { print(e.name); }
const it = new Map([[1, 2]])[Symbol.iterator]();
print(Object.prototype.toString.call(it), it.next().value.join(), it.next().done);
const words = "the cat and the hat and the bat".split(" ");
const counts = new Map();
for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
print([...counts].map(([w, n]) => `${w}:${n}`).join(" "));
/* expected
5 2 nan zero true false undefined
a,b,c,NaN,0 1,2,3,nan,zero a=1;b=2;c=3;NaN=nan;0=zero
b,c,0,late 4
object key undefined [object Map]
5 1,2,3,3,4 true false 1,1
1,3,3,4,5
0 0
TypeError
TypeError
[object Map Iterator] 1,2 true
the:3 cat:1 and:2 hat:1 bat:1
*/
