// A string literal cannot span a line break.
print("start");
const s = "never closed;
print(s);
print("done");
// expect-verdict: compile_error
/* expected
*/
