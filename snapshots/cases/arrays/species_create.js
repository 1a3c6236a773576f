// map, filter, slice, splice, concat, flat and flatMap make their result
// with the receiver's species constructor (ArraySpeciesCreate); Array.from
// and Array.of make it with `this`.
class Tagged extends Array {}
const t = Tagged.from([1, 2, 3, 4]);
const results = [t.map((x) => x * 2), t.filter((x) => x % 2), t.slice(1), t.splice(0, 1), t.concat([9]), t.flat(), t.flatMap((x) => [x])];
print(results.map((r) => (r instanceof Tagged ? "Tagged" : "Array") + ":" + r.join("")).join(" "));
// Symbol.species can point elsewhere, or be null/undefined (plain arrays).
class Plain extends Array {
  static get [Symbol.species]() { return Array; }
}
print(Plain.from([1, 2]).map((x) => x) instanceof Plain, Plain.from([1]).map((x) => x) instanceof Array);
const made = [];
class Logging extends Array {
  constructor(n) { super(n); made.push(n); }
}
Logging.from([1, 2, 3]).map((x) => x);
Logging.from([1, 2, 3]).filter(() => true);
print(made.join());
// A species result that is not an array gets the data properties and a length.
const a = [1, 2, 3];
a.constructor = { [Symbol.species]: function (n) { return { made: n }; } };
print(JSON.stringify(a.map((x) => x * 10)), JSON.stringify(a.slice(1)));
// Errors: a constructor that is not an object, or a species that is not a constructor.
const b = [1];
b.constructor = 1;
try { b.map((x) => x); } catch (e) { print(e.name); }
b.constructor = { [Symbol.species]: 5 };
try { b.concat(); } catch (e) { print(e.name); }
b.constructor = undefined;
print(Array.isArray(b.map((x) => x)));
/* expected
Tagged:2468 Tagged:13 Tagged:234 Tagged:1 Tagged:2349 Tagged:234 Tagged:234
false true
,3,,0
{"0":10,"1":20,"2":30,"made":3} {"0":2,"1":3,"made":2,"length":2}
TypeError
TypeError
true
*/
