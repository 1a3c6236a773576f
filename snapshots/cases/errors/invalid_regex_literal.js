// An invalid regular expression literal is an early error: nothing runs.
print("never printed");
const re = /a(b/;
// expect-verdict: compile_error
/* expected
*/
