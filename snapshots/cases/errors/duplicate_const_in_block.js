function f() {
  const k = 1;
  {
    const k = 2;
    let k = 3;
  }
}
print("unreachable");
// expect-verdict: compile_error
/* expected
*/
