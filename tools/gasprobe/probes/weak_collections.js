// WeakMap and WeakSet: lookups on 1 000 live keys, and short-lived keys
// whose entries the collector drops.
const keys = [];
for (let i = 0; i < 1000; i++) keys.push({ i });
const wm = new WeakMap(), ws = new WeakSet();
let n = 0;
for (let i = 0; i < 1e9; i++) {
  for (const k of keys) { wm.set(k, i); ws.add(k); n += wm.get(k) + (ws.has(k) ? 1 : 0); }
  for (let j = 0; j < 100; j++) wm.set({ j }, [j]);
  n += wm.getOrInsert(keys[i % 1000], 0);
}
