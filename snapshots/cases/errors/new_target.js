function F() {
  return new.target === F;
}
print(new F());
print("done");
// expect-verdict: compile_error
/* expected
*/
