// A lexical declaration cannot be the body of an if statement.
const before = 1;
print("start");
if (true) let x = 1;
print("end");
// expect-verdict: compile_error
/* expected
*/
