const cases = [
  null,
  undefined,
  42,
  {},
  { [Symbol.iterator]: 1 },
  { [Symbol.iterator]() { return 1; } },
  { [Symbol.iterator]() { return {}; } },
  { [Symbol.iterator]() { return { next() { return 7; } }; } },
];
for (const c of cases) {
  try { for (const x of c) break; print("ok"); } catch (e) { print(e.name); }
}
/* expected
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
*/
