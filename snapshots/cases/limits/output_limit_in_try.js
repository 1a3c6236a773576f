// limits: output=50
try {
  for (;;) print("xxxx");
} catch (e) {
  print("caught");
} finally {
  print("finally");
}
// expect-verdict: output_limit
/* expected
xxxx
xxxx
xxxx
xxxx
xxxx
xxxx
xxxx
xxxx
xxxx
xxxx
*/
