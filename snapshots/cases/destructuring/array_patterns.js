const [a, , b = 10, [c, d] = [5, 6], ...rest] = [1, 2, undefined, undefined, 7, 8];
print(a, b, c, d, rest.join("|"));
const [x, y, z] = "hi";
print(x, y, z);
const [, ...tail] = [1, 2, 3];
print(tail.length, tail[0]);
const [[deep]] = [["nested"]];
print(deep);
const [u = "used", v = "unused"] = [undefined, null];
print(u, v);
/* expected
1 10 5 6 7|8
h i undefined
2 2
nested
used null
*/
