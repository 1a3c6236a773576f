// A template literal that is never closed.
let unrelated = 0;
const n = 1;
print(`value ${n}
print("done");
// expect-verdict: compile_error
/* expected
*/
