// limits: memory=4000000
// WeakMap and WeakSet: object and non-registered symbol keys; entries whose
// keys become unreachable are dropped by the collector (memory stays
// bounded), values reachable only through their key live while it does.
const wm = new WeakMap();
const k = {};
print(wm.set(k, 1) === wm, wm.get(k), wm.has(k), wm.has({}), wm.delete(k), wm.has(k), wm.delete(k));
const ws = new WeakSet([k, k]);
print(ws.has(k), ws.add(k) === ws, ws.delete(k), ws.has(k));
print(Object.prototype.toString.call(wm), Object.prototype.toString.call(ws), WeakMap.length, WeakSet.name);
for (const bad of [1, "s", null, undefined, Symbol.for("registered")]) {
  try { wm.set(bad, 0); } catch (e) { print("set", String(bad), e.name); }
  try { ws.add(bad); } catch (e) { print("add", String(bad), e.name); }
  print(wm.get(bad), wm.has(bad), ws.has(bad), wm.delete(bad));
}
const local = Symbol("local");
wm.set(local, "symbol key").set(Symbol.iterator, "well-known");
print(wm.get(local), wm.get(Symbol.iterator));
const fromPairs = new WeakMap([[k, "a"], [local, "b"]]);
print(fromPairs.get(k), fromPairs.get(local));
try { WeakMap.prototype.get.call(new Map(), k); } catch (e) { print(e.name); }
try { WeakMap(); } catch (e) { print(e.name); }
class Tagged extends WeakSet {}
print(new Tagged([k]).has(k), new Tagged() instanceof WeakSet);

// Many short-lived keys with big values that point back at their keys:
// entry and key go together (held strongly, they would not fit in 4 MB).
const kept = [];
for (let i = 0; i < 50000; i++) {
  const key = { i };
  wm.set(key, { key, pad: new Array(20).fill(i) });
  if (i % 5000 === 0) kept.push(key);
}
print(kept.length, kept.every(key => wm.get(key).key === key && wm.get(key).pad[19] === key.i));

// A chain held only by the map itself: each value is the next key.
const head = {};
let cur = head;
for (let i = 0; i < 1000; i++) { const next = { i }; wm.set(cur, next); cur = next; }
cur = null;
let length = 0;
for (let c = head; wm.has(c); c = wm.get(c)) length++;
print(length);
/* expected
true 1 true false true false false
true true true false
[object WeakMap] [object WeakSet] 0 WeakSet
set 1 TypeError
add 1 TypeError
undefined false false false
set s TypeError
add s TypeError
undefined false false false
set null TypeError
add null TypeError
undefined false false false
set undefined TypeError
add undefined TypeError
undefined false false false
set Symbol(registered) TypeError
add Symbol(registered) TypeError
undefined false false false
symbol key well-known
a b
TypeError
TypeError
true true
10 true
1000
*/
