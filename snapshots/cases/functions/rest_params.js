function f(first, ...rest) { return `${first}|${rest.length}|${rest.join("-")}`; }
print(f(), f(1), f(1, 2, 3));
print(f.length);
const sum = (...ns) => { let t = 0; for (const n of ns) t += n; return t; };
print(sum(), sum(1, 2, 3, 4));
print(Array.isArray((function (...r) { return r; })()));
function g(a, b = 2, ...c) { return c; }
print(g.length, g(1, 2, 3, 4).join());
const arr = [5, 6, 7];
print(sum(...arr, 10, ...[100]));
print(f(..."abc"));
/* expected
undefined|0| 1|0| 1|2|2-3
1
0 10
true
1 3,4
128
a|2|b-c
*/
