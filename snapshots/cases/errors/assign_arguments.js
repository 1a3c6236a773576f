function f() {
  arguments = [];
  return arguments.length;
}
print(f(1, 2));
// expect-verdict: compile_error
/* expected
*/
