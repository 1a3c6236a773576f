// limits: gas=100000
print("before");
try {
  for (;;) {}
} catch (e) {
  print("caught", e);
} finally {
  print("finally");
}
print("after");
// expect-verdict: out_of_gas
/* expected
before
*/
