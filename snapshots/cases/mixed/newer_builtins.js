// Built-ins newer than ES2023: Math.sumPrecise (one rounding of the exact
// sum), RegExp.escape, Error.isError, and RegExp modifiers.
print(Math.sumPrecise([1e20, 0.1, -1e20]), Math.sumPrecise([0.1, 0.2]), 0.1 + 0.2);
print(Math.sumPrecise([1e308, 1e308, -1e308]), Math.sumPrecise([Number.MAX_VALUE, Number.MAX_VALUE]));
print(Math.sumPrecise([]), Object.is(Math.sumPrecise([-0, -0]), -0), Math.sumPrecise([1, -1, -0]), Math.sumPrecise(new Set([2 ** 53, 1, 1])));
print(Math.sumPrecise([Infinity, 1]), Math.sumPrecise([Infinity, -Infinity]), Math.sumPrecise([NaN]));
try { Math.sumPrecise([1, "2"]); } catch (e) { print(e.name); }
try { Math.sumPrecise(5); } catch (e) { print(e.name); }

print(RegExp.escape("a.b*c"), RegExp.escape("(1+2)=3?"), RegExp.escape("tab\there"), RegExp.escape("ünï"));
const user = "1.5$";
print(new RegExp("^" + RegExp.escape(user) + "$").test("1.5$"), new RegExp(RegExp.escape(user)).test("105$"));
try { RegExp.escape(1); } catch (e) { print(e.name); }

class MyError extends Error {}
print(Error.isError(new MyError()), Error.isError(new RangeError()), Error.isError(Object.create(Error.prototype)), Error.isError("Error"));

print(/(?i:a)b/.test("Ab"), /(?i:a)b/.test("AB"), /(?-i:a)b/i.test("aB"), /(?-i:a)b/i.test("AB"), /^(?s:.)$/.test("\n"));
/* expected
0.1 0.30000000000000004 0.30000000000000004
1e+308 Infinity
0 true 0 9007199254740992
Infinity NaN NaN
TypeError
TypeError
\x61\.b\*c \(1\+2\)\x3d3\? \x74ab\there ünï
true false
TypeError
true true false false
true false true false true
*/
