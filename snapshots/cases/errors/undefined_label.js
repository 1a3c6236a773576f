print("start");
for (let i = 0; i < 3; i++) {
  if (i === 1) break missing;
}
print("end");
// expect-verdict: compile_error
/* expected
*/
