// In strict code a function declaration cannot be the body of an if.
let unrelated = 0;
print("start");
if (true) function f() {}
print(typeof f);
// expect-verdict: compile_error
/* expected
*/
