const out = [];
for (const v of [1, , 3]) out.push(v);
print(out.join("|"));
for (const ch of "héllo") out.push(ch);
print(out.slice(3).join(""));
function args() { const r = []; for (const a of arguments) r.push(a * 2); return r; }
print(args(1, 2, 3));
const arr = [1, 2, 3];
const grow = [];
for (const x of arr) { if (arr.length < 6) arr.push(x * 10); grow.push(x); }
print(grow.join(","));
for (const x of []) print("never");
for (const e of [[0, "a"], [1, "b"]].values()) print(e[0], e[1]);
for (const e of ["p", "q"].entries()) print(e);
for (const k of ["p", "q"].keys()) print(typeof k, k);
/* expected
1||3
héllo
2,4,6
1,2,3,10,20,30
0 a
1 b
0,p
1,q
number 0
number 1
*/
