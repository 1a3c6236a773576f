// Legacy octal escapes are forbidden in strict-mode strings.
print("start");
const s = "\101";
print(s);
print(s.length);
// expect-verdict: compile_error
/* expected
*/
