// `interface` is a reserved word in strict code.
let unrelated = 0;
print("start");
var interface = 1;
print(interface);
// expect-verdict: compile_error
/* expected
*/
