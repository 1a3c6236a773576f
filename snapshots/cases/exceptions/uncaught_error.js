print("first");
function fail() { throw new TypeError("bad thing"); }
try { fail(); } catch (e) { print("caught once", e.message); }
print("second");
fail();
print("not printed");
// expect-verdict: uncaught_exception
/* expected
first
caught once bad thing
second
*/
