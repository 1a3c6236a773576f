function* steps() {
  yield "one";
  yield "two";
  throw new TypeError("step failed");
}
for (const s of steps()) print(s);
print("unreachable");
// expect-verdict: uncaught_exception
/* expected
one
two
*/
