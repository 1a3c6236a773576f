// Redeclaring a let binding in the same scope is an early error.
print("before");
let a = 1;
let a = 2;
print(a);
// expect-verdict: compile_error
/* expected
*/
