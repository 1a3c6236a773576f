function makeCounter(start) {
  let count = start;
  function* ticks() { while (true) yield count++; }
  return { ticks, reset() { count = start; } };
}
const c = makeCounter(10);
const t1 = c.ticks(), t2 = c.ticks();
print(t1.next().value, t2.next().value, t1.next().value);
c.reset();
print(t2.next().value);
/* expected
10 11 12
10
*/
