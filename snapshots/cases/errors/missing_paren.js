// A call with a missing closing parenthesis is a syntax error;
// nothing runs, not even the statements before it.
print("start";
print("end");
// expect-verdict: compile_error
/* expected
*/
