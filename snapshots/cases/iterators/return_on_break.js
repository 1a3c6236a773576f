function makeIter(label) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: label + i, done: i > 5 }; },
    return(v) { print(label, "return() called, arg count", arguments.length); return { done: true }; },
  };
}
for (const v of makeIter("A")) {
  print(v);
  if (v === "A2") break;
}
for (const v of makeIter("B")) {}
print("B finished normally");
outer: for (const x of [1, 2]) {
  for (const v of makeIter("C")) { continue outer; }
}
/* expected
A1
A2
A return() called, arg count 0
B finished normally
C return() called, arg count 0
C return() called, arg count 0
*/
