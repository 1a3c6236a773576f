let calls = 0;
function grow() { calls++; grow(); }
try { grow(); } catch (e) { print(e instanceof RangeError, e.message); }
print(calls > 1000);
function deep(n) { return n === 0 ? "bottom" : deep(n - 1); }
print(deep(5000));
/* expected
true Maximum call stack size exceeded
true
bottom
*/
