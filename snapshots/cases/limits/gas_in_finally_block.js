// limits: gas=100000
try {
  print("in try");
} finally {
  print("in finally");
  for (let i = 0; ; i++) {}
}
print("never");
// expect-verdict: out_of_gas
/* expected
in try
in finally
*/
