const out = [];
for (let i = 1; i <= 20; i++) {
  let s = "";
  if (i % 3 === 0) s += "Fizz";
  if (i % 5 === 0) s += "Buzz";
  out.push(s || i);
}
print(out.join(" "));
const fb = (n) => (n % 15 === 0 ? "FizzBuzz" : n % 3 === 0 ? "Fizz" : n % 5 === 0 ? "Buzz" : String(n));
let counts = { Fizz: 0, Buzz: 0, FizzBuzz: 0, num: 0 };
for (let i = 1; i <= 100; i++) {
  const r = fb(i);
  if (r in counts) counts[r]++;
  else counts.num++;
}
print(counts.Fizz, counts.Buzz, counts.FizzBuzz, counts.num);
/* expected
1 2 Fizz 4 Buzz Fizz 7 8 Fizz Buzz 11 Fizz 13 14 FizzBuzz 16 17 Fizz 19 Buzz
27 14 6 53
*/
