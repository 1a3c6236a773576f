function f() {
  if (true) {
    print("x");
  }
print("done");
// expect-verdict: compile_error
/* expected
*/
