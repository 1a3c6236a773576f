function sieve(n) {
  const composite = [];
  for (let i = 0; i <= n; i++) composite.push(false);
  const primes = [];
  for (let i = 2; i <= n; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= n; j += i) composite[j] = true;
  }
  return primes;
}
const p = sieve(100);
print(p.length, p.join(" "));
const big = sieve(10000);
print(big.length, big[big.length - 1]);
let twin = 0;
for (let i = 1; i < big.length; i++) if (big[i] - big[i - 1] === 2) twin++;
print("twin pairs", twin);
/* expected
25 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97
1229 9973
twin pairs 205
*/
