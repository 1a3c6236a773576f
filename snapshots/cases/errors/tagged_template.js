// Tagged templates are not supported by jsvm yet.
function tag(strings) { return strings.length; }
const n = 1;
print(tag`a${n}b`);
print("done");
// expect-verdict: compile_error
/* expected
*/
