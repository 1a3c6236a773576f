const it = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { print("cleanup"); return {}; },
};
try {
  for (const v of it) throw new Error("body threw");
} catch (e) { print("caught", e.message); }
function find() {
  for (const v of it) return "returned " + v;
}
print(find());
const bad = {
  [Symbol.iterator]() { return this; },
  next() { throw new Error("next threw"); },
  return() { print("should not be called"); return {}; },
};
try { for (const v of bad) {} } catch (e) { print("caught", e.message); }
/* expected
cleanup
caught body threw
cleanup
returned 1
caught next threw
*/
