const key = "dynamic";
const { [key]: val, ["a" + "b"]: ab } = { dynamic: 1, ab: 2 };
print(val, ab);
const sym = Symbol("s");
const { [sym]: symVal } = { [sym]: "symbol value" };
print(symVal);
let count = 0;
const keyFn = () => { count++; return "k" + count; };
const { [keyFn()]: first, [keyFn()]: second } = { k1: "one", k2: "two" };
print(first, second, count);
const { 0: zero, length } = ["z", "y"];
print(zero, length);
const { [1 + 1]: two } = { 2: "numeric key" };
print(two);
/* expected
1 2
symbol value
one two 2
z 2
numeric key
*/
