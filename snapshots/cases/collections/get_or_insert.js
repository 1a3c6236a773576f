// Map and WeakMap getOrInsert / getOrInsertComputed (the upsert proposal):
// the stored value when the key is there, else the new one, stored.
const counts = new Map();
for (const word of "a b a c b a".split(" ")) counts.set(word, counts.getOrInsert(word, 0) + 1);
print([...counts].join(" "));
const groups = new Map();
for (const n of [1, 2, 3, 4, 5]) groups.getOrInsertComputed(n % 2 ? "odd" : "even", () => []).push(n);
print(groups.get("odd"), groups.get("even"));
let calls = 0;
const m = new Map([[1, "one"]]);
print(m.getOrInsertComputed(1, () => { calls++; return "uno"; }), calls);
print(m.getOrInsertComputed(-0, key => Object.is(key, 0)), m.has(0));
// The callback's own store is overwritten by its result.
print(m.getOrInsertComputed(2, key => { m.set(key, "inner"); return "outer"; }), m.get(2), m.size);
try { m.getOrInsertComputed(3, 3); } catch (e) { print(e.name, m.has(3)); }
const cache = new WeakMap();
const obj = {};
print(cache.getOrInsert(obj, 1), cache.getOrInsert(obj, 2), cache.getOrInsertComputed(obj, () => 3));
print(cache.getOrInsertComputed({}, k => typeof k));
try { cache.getOrInsert(1, 1); } catch (e) { print(e.name); }
try { cache.getOrInsertComputed("k", null); } catch (e) { print(e.name); }
/* expected
a,3 b,2 c,1
1,3,5 2,4
one 0
true true
outer outer 3
TypeError false
1 1 1
object
TypeError
TypeError
*/
