const [head, ...tail] = [1, 2, 3, 4];
print(head, tail, Array.isArray(tail));
const [...all] = "héllo";
print(all.length, all.join("|"));
const [x, ...empty] = [1];
print(x, empty.length);
const [, ...[second, third]] = ["a", "b", "c"];
print(second, third);
const [p, ...{ length }] = [9, 8, 7];
print(p, length);
function f() { const [first, ...others] = arguments; return first + ":" + others.join(); }
print(f("q", "r", "s"));
/* expected
1 2,3,4 true
5 h|é|l|l|o
1 0
b c
9 2
q:r,s
*/
