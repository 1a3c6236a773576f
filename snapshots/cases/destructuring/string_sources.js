const [a, b, c] = "xyz";
print(a, b, c);
const [first, ...rest] = "😀ab";
print(first.length, rest.join(""));
const { length, 0: ch } = "hello";
print(length, ch);
const { toUpperCase } = "s";
print(typeof toUpperCase);
const [x = "none"] = "";
print(x);
/* expected
x y z
2 ab
5 h
function
none
*/
