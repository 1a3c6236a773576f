const pairs = [[1, "a"], [2, "b"]];
for (const [n, s] of pairs) {
  print(n, s);
}
print("done");
// expect-verdict: compile_error
/* expected
*/
