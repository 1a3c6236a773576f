print("start");
let x = 08;
print(x);
let y = 010;
print(y);
// expect-verdict: compile_error
/* expected
*/
