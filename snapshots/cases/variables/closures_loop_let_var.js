const fv = [], fl = [];
for (var i = 0; i < 3; i++) fv.push(() => i);
for (let j = 0; j < 3; j++) fl.push(() => j);
print(fv.map((f) => f()).join(","), fl.map((f) => f()).join(","));
const fm = [];
for (let k = 0; k < 3; k++) { fm.push(() => k); k++; }
print(fm.map((f) => f()).join(","));
const fo = [];
for (const s of ["a", "b", "c"]) fo.push(() => s);
print(fo.map((f) => f()).join(""));
const fi = [];
for (const key in { p: 1, q: 2 }) fi.push(() => key);
print(fi.map((f) => f()).join(""));
const fc = [];
for (let n = 0; n < 3; n++) {
  fc.push(() => n);
  fc.push(() => { n += 100; return n; });
}
print(fc.map((f) => f()).join(","));
/* expected
3,3,3 0,1,2
1,3
abc
pq
0,100,1,101,2,102
*/
