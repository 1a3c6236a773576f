print("start");
switch (1) {
  case 1:
    continue;
}
// expect-verdict: compile_error
/* expected
*/
