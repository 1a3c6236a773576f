function makeCounter(start) {
  let n = start;
  return { inc: () => ++n, dec: () => --n, get: () => n };
}
const a = makeCounter(0), b = makeCounter(10);
a.inc(); a.inc(); b.dec();
print(a.get(), b.get());
let shared = 0;
const incShared = () => shared++;
incShared(); incShared();
print(shared);
function outer() {
  let x = 1;
  function mid() { let y = 2; return function inner() { return x + y + (x += 10); }; }
  return mid();
}
const inner = outer();
print(inner(), inner());
/* expected
2 9
2
14 34
*/
