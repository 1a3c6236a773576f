let x = 1;
try {
  for (const x in { x }) {}
} catch (e) {
  print("for-in:", e.name);
}
try {
  for (let x of [x]) {}
} catch (e) {
  print("for-of:", e.name);
}
for (const y of [x]) print("outer x is visible:", y);
/* expected
for-in: ReferenceError
for-of: ReferenceError
outer x is visible: 1
*/
