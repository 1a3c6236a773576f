function* fib() {
  let [a, b] = [0, 1];
  while (true) { yield a; [a, b] = [b, a + b]; }
}
const out = [];
for (const n of fib()) {
  if (n > 100) break;
  out.push(n);
}
print(out.join(" "));
function* ids(prefix) { let i = 0; for (;;) yield prefix + i++; }
const gen = ids("id");
print(gen.next().value, gen.next().value, gen.next().value);
const [x, y] = ids("q");
print(x, y);
/* expected
0 1 1 2 3 5 8 13 21 34 55 89
id0 id1 id2
q0 q1
*/
