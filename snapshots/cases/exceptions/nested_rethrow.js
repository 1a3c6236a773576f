function level3() { throw new RangeError("deep"); }
function level2() {
  try { level3(); }
  catch (e) { print("level2 saw", e.message); throw e; }
  finally { print("level2 finally"); }
}
function level1() {
  try { level2(); }
  catch (e) {
    const wrapped = new Error("wrapped", { cause: e });
    throw wrapped;
  }
}
try { level1(); }
catch (e) {
  print(e.message, e.cause.message, e.cause instanceof RangeError, e.cause.name);
}
try {
  try { throw 1; }
  catch (x) { throw x + 1; }
  finally { print("finally after rethrow"); }
} catch (y) { print("outer got", y); }
/* expected
level2 saw deep
level2 finally
wrapped deep true RangeError
finally after rethrow
outer got 2
*/
