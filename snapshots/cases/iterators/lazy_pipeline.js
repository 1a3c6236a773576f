function* naturals() { let n = 1; while (true) yield n++; }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* take(it, n) {
  if (n <= 0) return;
  for (const x of it) { yield x; if (--n === 0) return; }
}
const result = take(filter(map(naturals(), (x) => x * x), (x) => x % 3 === 1), 5);
print([...result].join(","));
print([...take(naturals(), 0)].length);
function* zip(a, b) {
  const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
  while (true) {
    const x = ia.next(), y = ib.next();
    if (x.done || y.done) return;
    yield [x.value, y.value];
  }
}
print([...zip("abc", naturals())].join(" "));
/* expected
1,4,16,25,49
0
a,1 b,2 c,3
*/
