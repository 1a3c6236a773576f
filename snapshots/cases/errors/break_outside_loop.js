print("start");
function f() {
  break;
}
f();
// expect-verdict: compile_error
/* expected
*/
