// A literal is not a valid assignment target.
let a = 1;
print("start");
1 = a;
print(a);
// expect-verdict: compile_error
/* expected
*/
