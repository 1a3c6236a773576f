async function load() {
  return 1;
}
print(typeof load);
print("done");
// expect-verdict: compile_error
/* expected
*/
