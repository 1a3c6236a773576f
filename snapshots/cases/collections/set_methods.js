// The ES2025 Set methods, against sets and set-like objects. (Node 20 has
// none of them; the expected output follows the spec's algorithms.)
const a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5]);
const show = (s) => `{${[...s].join(',')}}`;
print(show(a.union(b)), show(a.intersection(b)), show(a.difference(b)), show(a.symmetricDifference(b)));
print(a.isSubsetOf(b), new Set([3]).isSubsetOf(b), a.isSupersetOf(new Set([1, 4])), a.isDisjointFrom(new Set([9])));
print(new Set([1, 2]).union(new Set([3])).size, a.union(b) instanceof Set, show(new Set([-0]).union(new Set([0]))));
// A set-like: size, has and keys are all it needs, and they are called in
// the spec's order.
const calls = [];
const like = {
  size: 2,
  has(v) { calls.push('has ' + v); return v === 2 },
  keys() { calls.push('keys'); let i = 0; const vals = [2, 7]; return { next() { return i < 2 ? { value: vals[i++], done: false } : { done: true } } } },
};
print(show(new Set([1, 2, 3]).intersection(like)), show(new Set([2, 9]).intersection(like)), show(new Set([1]).union(like)), calls.join('; '));
for (const bad of [1, { size: NaN, has() {}, keys() {} }, { size: -1, has() {}, keys() {} }, { size: 1, has: 1, keys() {} }]) {
  try { a.union(bad) } catch (e) { print(e.constructor.name) }
}
