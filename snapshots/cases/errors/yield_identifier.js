// `yield` cannot be a binding name in strict code.
let unrelated = 0;
print("start");
const yield = 5;
print(yield);
// expect-verdict: compile_error
/* expected
*/
