// limits: stack=200
print("before");
function r(n) { return r(n + 1) + 1; }
r(0);
print("after");
// expect-verdict: uncaught_exception
/* expected
before
*/
