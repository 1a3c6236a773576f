// limits: gas=200000
const endless = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
};
print("spinning");
let sum = 0;
for (const v of endless) sum += v;
print("never", sum);
// expect-verdict: out_of_gas
/* expected
spinning
*/
