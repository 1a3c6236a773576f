const fns = [];
for (const x of [1, 2, 3]) fns.push(() => x);
print(fns.map((f) => f()).join(","));
const fns2 = [];
for (let [k, v] of Object.entries({ a: 1, b: 2 })) { v *= 10; fns2.push(() => k + v); }
print(fns2.map((f) => f()).join(","));
let outside = "none";
for (outside of ["p", "q"]) {}
print(outside);
const arr = [1, 2, 3];
for (const x of arr) { if (x === 1) arr.pop(); }
print(arr.length);
/* expected
1,2,3
a10,b20
q
2
*/
