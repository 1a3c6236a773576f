let s = "";
for (let i = 0; i < 5; i++) s += i;
print(s);
let w = 0, n = 10;
while (n > 0) { w += n; n -= 3; }
print(w, n);
let d = 0;
do { d++; } while (false);
print(d);
let k = 100;
do k -= 7; while (k > 50);
print(k);
let e = 0;
for (;;) { if (++e >= 4) break; }
print(e);
const out = [];
for (let i = 0, j = 5; i < j; i++, j--) out.push(i + ":" + j);
print(out.join(" "));
let odd = [];
for (let i = 0; i < 10; i++) { if (i % 2 === 0) continue; odd.push(i); }
print(odd);
let c = 0;
while (true) { c++; if (c === 3) continue; if (c > 5) break; }
print(c);
/* expected
01234
22 -2
1
44
4
0:5 1:4 2:3
1,3,5,7,9
6
*/
