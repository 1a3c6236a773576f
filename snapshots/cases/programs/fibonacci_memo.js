function makeFib() {
  const memo = [0, 1];
  let computed = 0;
  function fib(n) {
    if (memo[n] !== undefined) return memo[n];
    computed++;
    return (memo[n] = fib(n - 1) + fib(n - 2));
  }
  return { fib, stats: () => computed };
}
const f = makeFib();
print(f.fib(10), f.stats());
print(f.fib(40), f.stats());
print(f.fib(40), f.stats());
print(f.fib(78), f.fib(79));
print(f.fib(1476));
print(f.fib(1477));
const g = makeFib();
print(g.stats(), g.fib(5), g.stats());
/* expected
55 9
102334155 39
102334155 39
8944394323791464 14472334024676220
1.3069892237633987e+308
Infinity
0 5 4
*/
