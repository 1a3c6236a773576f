// The Set methods on two sets of 2 000 numbers each.
const a = new Set(), b = new Set();
for (let i = 0; i < 2000; i++) { a.add(i); b.add(i * 2); }
let n = 0;
for (let i = 0; i < 1e9; i++) {
  n += a.union(b).size + a.intersection(b).size + a.difference(b).size + a.symmetricDifference(b).size;
  n += (a.isSubsetOf(b) ? 1 : 0) + (a.isDisjointFrom(b) ? 1 : 0) + (a.isSupersetOf(b) ? 1 : 0);
}
