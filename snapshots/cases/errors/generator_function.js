function* counter() {
  yield 1;
  yield 2;
}
for (const v of counter()) print(v);
// expect-verdict: compile_error
/* expected
*/
