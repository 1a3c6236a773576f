// limits: gas=200000
function* forever() {
  let i = 0;
  while (true) yield i++;
}
let sum = 0;
try {
  for (const v of forever()) sum += v;
} finally {
  print("never printed");
}
// expect-verdict: out_of_gas
/* expected
*/
