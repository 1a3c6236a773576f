function f() {
  try {
    print("in try");
    throw new Error("original");
  } finally {
    print("finally runs before uncaught");
  }
}
f();
print("unreachable");
// expect-verdict: uncaught_exception
/* expected
in try
finally runs before uncaught
*/
