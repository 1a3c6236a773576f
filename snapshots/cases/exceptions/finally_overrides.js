function a() { try { return "try"; } finally { return "finally"; } }
function b() { try { throw new Error("x"); } finally { return "swallowed"; } }
function c() { try { return "try"; } finally { print("finally side effect"); } }
function d() { let x = 1; try { return x; } finally { x = 2; } }
function e() { try { throw 1; } catch (v) { return "catch " + v; } finally { print("e finally"); } }
function f() { try { return "t"; } catch (v) { return "c"; } finally { throw new TypeError("from finally"); } }
print(a(), b());
print(c());
print(d());
print(e());
try { f(); } catch (err) { print(err.name, err.message); }
function g() {
  for (let i = 0; i < 3; i++) {
    try { if (i === 1) return "returned " + i; } finally { if (i === 1) print("cleanup", i); }
  }
}
print(g());
/* expected
finally swallowed
finally side effect
try
1
e finally
catch 1
TypeError from finally
cleanup 1
returned 1
*/
