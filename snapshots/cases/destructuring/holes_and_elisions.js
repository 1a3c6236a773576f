const [, second, , fourth] = [1, 2, 3, 4, 5];
print(second, fourth);
const [a = "dflt", b] = [, "b"];
print(a, b);
const sparse = [1, , 3];
const [s0, s1 = "hole", s2] = sparse;
print(s0, s1, s2);
const [, , ] = [1, 2];
let n = 0;
const iter = { *[Symbol.iterator]() { while (true) yield ++n; } };
const [, , third] = iter;
print(third, n);
/* expected
2 4
dflt b
1 hole 3
3 3
*/
