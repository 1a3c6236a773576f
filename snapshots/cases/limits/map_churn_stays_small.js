// limits: memory=1000000
// Adding and deleting 50 000 keys, and an LRU cache that evicts its oldest
// key through keys().next() 20 000 times, stay within 1 MB (kept, the
// deleted entries would need 3 MB and 1.3 MB): they are compacted away,
// however many iterators were left unfinished.
const m = new Map();
for (let i = 0; i < 50000; i++) {
  m.set(i, i);
  m.delete(i);
}
print(m.size);
const lru = new Map();
for (let i = 0; i < 20000; i++) {
  lru.set(i, i);
  if (lru.size > 100) lru.delete(lru.keys().next().value);
}
print(lru.size, lru.keys().next().value);
/* expected
0
100 19900
*/
