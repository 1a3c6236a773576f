const a = [1, 2, 3, 2, NaN, "2", -0];
print(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -3), a.indexOf(4));
print(a.indexOf(NaN), a.includes(NaN), a.indexOf("2"), a.includes("3"));
print(a.indexOf(0), a.includes(0), a.includes(+0));
print(a.includes(2, 4), a.indexOf(1, -100), a.indexOf(1, 100));
const objs = [{}, {}];
const ref = objs[1];
print(objs.indexOf({}), objs.indexOf(ref), objs.includes(ref));
print([undefined].includes(), [].includes(), [null].indexOf(undefined));
print(["a", "b"].indexOf("b", 1.9), ["a", "b"].includes("a", -1));
/* expected
1 3 -1 -1
-1 true 5 false
6 true true
false 0 -1
-1 1 true
true false -1
1 false
*/
