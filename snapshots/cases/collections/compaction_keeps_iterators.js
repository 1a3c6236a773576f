// Deleted entries are compacted away once they outnumber the live ones;
// iterators parked anywhere (and forEach) keep their place through it.
const log = [];
// An iterator parked in the middle while most entries are deleted: it
// resumes at the right entry after compaction.
const m = new Map();
for (let i = 0; i < 100; i++) m.set(i, "v" + i);
const it = m.keys();
for (let i = 0; i < 40; i++) it.next();
for (let i = 0; i < 90; i++) if (i !== 40 && i !== 41 && i !== 5) m.delete(i);
m.set("new", 1);
log.push([...it].join(","));
// Two iterators at different places, plus one finished.
const s = new Set();
for (let i = 0; i < 50; i++) s.add(i);
const a = s.values(), b = s.values(), done = s.values();
for (let i = 0; i < 10; i++) a.next();
for (let i = 0; i < 30; i++) b.next();
[...done];
for (let i = 0; i < 45; i++) if (i % 7) s.delete(i);
log.push(a.next().value, b.next().value, done.next().done);
log.push([...a].join(","), [...b].join(","));
// forEach that deletes everything behind and ahead, adding new entries.
const f = new Map([[1, 1], [2, 2], [3, 3]]);
const visited = [];
f.forEach((v, k) => {
  visited.push(k);
  if (k < 40) { for (const key of [...f.keys()]) if (key !== k) f.delete(key); f.set(k + 10, 0); f.set(k + 20, 0); }
});
log.push(visited.join(","));
// clear during iteration, then reuse.
const c = new Set([1, 2, 3]);
const ci = c.values();
ci.next();
c.clear();
for (let i = 0; i < 20; i++) c.add("x" + i);
log.push([...ci].length, c.size);
print(log.join(" | "));
/* expected
40,41,90,91,92,93,94,95,96,97,98,99,new | 14 | 35 | true | 21,28,35,42,45,46,47,48,49 | 42,45,46,47,48,49 | 1,11,21,31,41,51 | 20 | 20
*/
