function f(a, b = a * 2, c = a + b) { return [a, b, c].join(","); }
print(f(1), f(1, 5), f(1, undefined, 0), f(1, null));
let calls = 0;
function g(x = ++calls) { return x; }
g(); g(7); g();
print(calls);
function h(a = 1, b) { return [a, b]; }
print(h(), h(undefined, 2), h.length);
function tdz(a = b, b = 1) { return a; }
try { tdz(); } catch (e) { print(e.name); }
print(tdz(5));
const outer = "outer";
function scope(x = outer) { const outer = "inner"; return x; }
print(scope());
const arrow = (p = "dflt") => p;
print(arrow(), arrow(""), arrow(0));
function usesFn(n, fn = () => n * 10) { n = 3; return fn(); }
print(usesFn(1));
/* expected
1,2,3 1,5,6 1,2,0 1,,1
2
1, 1,2 0
ReferenceError
5
outer
dflt  0
30
*/
