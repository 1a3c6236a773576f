// A const declaration needs an initializer.
let unrelated = 0;
const answer;
answer = 42;
print(answer);
// expect-verdict: compile_error
/* expected
*/
