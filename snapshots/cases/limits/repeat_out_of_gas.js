// limits: gas=1000000
print("before");
const huge = "x".repeat(1e8);
print("never", huge.length);
// expect-verdict: out_of_gas
/* expected
before
*/
