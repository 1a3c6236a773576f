function f(arguments) {
  return arguments;
}
print(f(1));
print("done");
// expect-verdict: compile_error
/* expected
*/
