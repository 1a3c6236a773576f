// The whole script fails to compile, so nothing is printed.
function tag(s) { return s.raw[0]; }
print(tag`\unicode is fine when tagged`);
print("never printed");
const s = `bad escape \unicode here`;
// expect-verdict: compile_error
/* expected
*/
