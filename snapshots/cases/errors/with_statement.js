const o = { a: 1 };
with (o) {
  print(a);
}
print("done");
// expect-verdict: compile_error
/* expected
*/
