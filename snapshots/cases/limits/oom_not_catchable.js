// limits: memory=4000000
print("start");
try {
  let s = "ab";
  for (;;) s = s + s;
} catch (e) {
  print("caught");
} finally {
  print("finally");
}
print("after");
// expect-verdict: out_of_memory
/* expected
start
*/
