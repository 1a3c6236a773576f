function area({ w, h }) {
  return w * h;
}
print(area({ w: 2, h: 3 }));
print("done");
// expect-verdict: compile_error
/* expected
*/
