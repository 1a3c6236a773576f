// Deleting an unqualified identifier is an early error in strict code.
let x = 1;
print("start");
delete x;
print(x);
// expect-verdict: compile_error
/* expected
*/
