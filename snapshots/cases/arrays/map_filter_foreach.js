const a = [1, 2, 3, 4, 5, 6];
print(a.map((x) => x * x));
print(a.filter((x) => x % 2 === 0));
print(a.map((x, i, arr) => i + "/" + arr.length).join(" "));
const acc = [];
a.forEach(function (x) { acc.push(this.scale * x); }, { scale: 10 });
print(acc);
print(a.forEach(() => {}));
print(a.filter(() => 0).length, a.map(String).join(""), a.filter(Boolean).length);
const src = [1, 2, 3];
const seen = [];
src.map((x, i) => { if (i === 0) src.push(99); seen.push(x); });
print(seen, src.length);
print(["1", "2", "3"].map(parseInt));
print([3, 1, 2].map((x) => [x, x * 2]).join(" "));
try { a.map(null); } catch (e) { print(e.name); }
print([0, "", null, "x", 5].filter((v) => v).join(","));
/* expected
1,4,9,16,25,36
2,4,6
0/6 1/6 2/6 3/6 4/6 5/6
10,20,30,40,50,60
undefined
0 123456 6
1,2,3 4
1,NaN,NaN
3,6 1,2 2,4
TypeError
x,5
*/
