// Object.groupBy and Map.groupBy: the callback gets (value, index); groups
// keep first-seen order.
const people = [
  { name: "ann", age: 31 },
  { name: "bob", age: 17 },
  { name: "cid", age: 45 },
  { name: "dee", age: 12 },
];
const byAge = Object.groupBy(people, (p, i) => (p.age >= 18 ? "adult" : "minor") + (i === 0 ? "" : ""));
print(Object.getPrototypeOf(byAge), Object.keys(byAge), byAge.adult.map((p) => p.name), byAge.minor.length);
// Object keys go through ToPropertyKey; Map keys are SameValueZero (-0 is 0).
print(JSON.stringify(Object.groupBy([1, 2, 3, 4], (n) => n % 2)));
const m = Map.groupBy([-0, 0, NaN, NaN, "0"], (x) => x);
print(m instanceof Map, m.size, [...m.keys()].map((k) => Object.is(k, -0) ? "-0" : String(k)), m.get(0).length, m.get(NaN).length);
const key = {};
print(Map.groupBy("abcab", (c) => (c === "a" ? key : c)).get(key).join(""));
// Any iterable: the string iterates code points.
print(Object.keys(Object.groupBy("a😀b", (c) => c.length)));
// Errors: a non-callable callback, null items, a throwing callback closes
// the iterator.
try { Object.groupBy([], 1); } catch (e) { print(e.name); }
try { Map.groupBy(null, () => 0); } catch (e) { print(e.name); }
let closed = false;
const iterable = {
  [Symbol.iterator]() {
    return { next: () => ({ value: 1, done: false }), return() { closed = true; return {}; } };
  },
};
try { Object.groupBy(iterable, () => { throw new Error("boom"); }); } catch (e) { print(e.message, closed); }
print(Object.groupBy.length, Map.groupBy.length, Object.groupBy.name);
/* expected
null adult,minor ann,cid 2
{"0":[2,4],"1":[1,3]}
true 3 0,NaN,0 2 2
aa
1,2
TypeError
TypeError
boom true
2 2 groupBy
*/
