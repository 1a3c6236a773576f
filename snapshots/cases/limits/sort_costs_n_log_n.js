// limits: gas=2000000
// Sorting 20 000 numbers with a comparator fits; sorting by a comparator
// the script calls costs gas per comparison, so this budget runs out.
const small = [];
for (let i = 0; i < 2000; i++) small.push((i * 7919) % 2003);
small.sort((a, b) => a - b);
print(small[0], small[1999]);
const big = [];
for (let i = 0; i < 100000; i++) big.push((i * 7919) % 100003);
big.sort((a, b) => a - b);
print("never");
// expect-verdict: out_of_gas
/* expected
0 2002
*/
