const source = { a: 1, b: { c: 2, d: [3, 4] }, e: undefined, f: null };
const { a, b: { c, d: [, fourth] }, e = "default e", f = "default f", g = a + c } = source;
print(a, c, fourth, e, f, g);
const { ["b"]: renamed, ...others } = source;
print(renamed.c, Object.keys(others).join());
const { length, 0: firstChar } = "xyz";
print(length, firstChar);
const { toString } = 5;
print(typeof toString);
let count = 0;
const { [(count++, "a")]: viaComputed } = source;
print(viaComputed, count);
/* expected
1 2 4 default e null 3
2 a,e,f
3 x
function
1 1
*/
