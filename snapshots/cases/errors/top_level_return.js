print("start");
if (true) {
  return;
}
print("end");
// expect-verdict: compile_error
/* expected
*/
