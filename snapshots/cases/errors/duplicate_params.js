// Duplicate parameter names are an early error in strict code.
function add(a, a) {
  return a + a;
}
print(add(1, 2));
// expect-verdict: compile_error
/* expected
*/
