const it = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next() { this.i++; return this.i <= 2 ? { value: this.i, done: false } : { value: "final", done: true }; },
};
const seen = [];
for (const v of it) seen.push(v);
print(seen, it.i);
function* g() { yield 1; return "ret"; }
print([...g()], Array.from(g()).length);
const [a, b] = g();
print(a, b);
/* expected
1,2 3
1 1
1 undefined
*/
