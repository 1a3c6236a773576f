print("start");
function f() {
  eval = 1;
}
f();
// expect-verdict: compile_error
/* expected
*/
