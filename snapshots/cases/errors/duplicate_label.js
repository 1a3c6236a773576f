outer: for (;;) {
  outer: for (;;) {
    break outer;
  }
}
// expect-verdict: compile_error
/* expected
*/
