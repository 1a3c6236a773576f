let a, b, rest;
({ a = 10, b = a + 1, ...rest } = { a: 5, c: 7, d: 8 });
print(a, b, Object.keys(rest).join(","));
let first, others;
[first = "f", ...others] = [undefined, 2, 3];
print(first, others);
const target = {};
({ x: target.x = "tx", ...target.rest } = { y: 1 });
print(target.x, Object.keys(target.rest).join(","));
/* expected
5 6 c,d
f 2,3
tx y
*/
