print("start");
let [a, b] = [1, 2];
print(a + b);
const c = 3;
print(c);
// expect-verdict: compile_error
/* expected
*/
