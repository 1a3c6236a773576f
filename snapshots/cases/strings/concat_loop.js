let s = "";
for (let i = 0; i < 1000; i++) s += "ab";
print(s.length, s.slice(0, 6), s.slice(-4));
let digits = "";
for (let i = 0; i < 10; i++) digits = digits + i;
print(digits);
let a = "x", b = a;
a += "y";
b += "z";
print(a, b);
const prefix = "p";
const x1 = prefix + "1", x2 = prefix + "2";
print(x1, x2, prefix);
let doubled = "ab";
for (let i = 0; i < 10; i++) doubled += doubled;
print(doubled.length, doubled.slice(2046));
let rev = "";
const src = "stressed";
for (let i = src.length - 1; i >= 0; i--) rev += src[i];
print(rev);
/* expected
2000 ababab abab
0123456789
xy xz
p1 p2 p
2048 ab
desserts
*/
