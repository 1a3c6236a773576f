function f() {
  return arguments;
}
const args = f(1, 2);
try {
  args.callee;
  print("no error");
} catch (e) {
  print("callee:", e.name);
}
try {
  f.caller;
  print("no error");
} catch (e) {
  print("caller:", e.name);
}
try {
  (() => 1).arguments;
  print("no error");
} catch (e) {
  print("arguments:", e.name);
}
print(Object.prototype.hasOwnProperty.call(f, "caller"), "callee" in args);
/* expected
callee: TypeError
caller: TypeError
arguments: TypeError
false true
*/
