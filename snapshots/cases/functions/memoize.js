function memoize(fn) {
  const cache = {};
  let hits = 0;
  const m = function (n) {
    if (n in cache) { hits++; return cache[n]; }
    return (cache[n] = fn(n));
  };
  m.hits = () => hits;
  return m;
}
let calls = 0;
const fib = memoize((n) => { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); });
print(fib(50), calls, fib.hits());
print(fib(78), calls);
const sq = memoize((x) => x * x);
sq(3); sq(3); sq(4);
print(sq.hits());
/* expected
12586269025 51 48
8944394323791464 79
1
*/
