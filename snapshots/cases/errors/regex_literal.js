const text = "aaa bbb";
const re = /a+/;
print(typeof re);
print(text.length);
print("done");
// expect-verdict: compile_error
/* expected
*/
