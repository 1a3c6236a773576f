// limits: memory=4194304
// The text join builds outside the heap counts against the budget before
// it grows: a result far past the limit ends out of memory, not in the host.
const big = "x".repeat(1 << 18);
print("start");
const parts = new Array(100).fill(big);
try {
  parts.join("");
} finally {
  print("finally does not run");
}
// expect-verdict: out_of_memory
/* expected
start
*/
