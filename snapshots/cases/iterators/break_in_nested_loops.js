let log = [];
function tracked(name, n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? { value: i++, done: false } : { done: true }; },
    return() { log.push("close " + name); return {}; },
  };
}
outer: for (const a of tracked("outer", 3)) {
  for (const b of tracked("inner", 3)) {
    if (b === 1) continue outer;
    if (a === 2) break outer;
  }
}
print(log.join(", "));
/* expected
close inner, close inner, close inner, close outer
*/
