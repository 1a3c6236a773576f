const { a = "A", b = "B", c = "C", d = "D", e = "E" } = { a: undefined, b: null, c: 0, d: "", e: false };
print(a, b, c, bracket(d), e);
function bracket(s) { return "[" + s + "]"; }
const [p = 1, q = 2, r = 3] = [undefined, null, NaN];
print(p, q, r);
let calls = 0;
const [m = ++calls, n = ++calls] = [10];
print(m, n, calls);
/* expected
A null 0 [] false
1 null NaN
10 1 1
*/
