// A rest parameter must be the last parameter.
function f(...rest, last) {
  return rest;
}
print(f(1, 2));
// expect-verdict: compile_error
/* expected
*/
