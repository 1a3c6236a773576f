let i = 5;
print(i++, i, ++i, i, i--, i, --i, i);
const o = { n: 1 };
print(o.n++, o.n, ++o.n, o["n"]--, o.n);
const a = [10, 20];
let k = 0;
print(a[k++]++, a, k);
print(++a[--k], a, k);
let s = "5";
s++; print(s, typeof s);
let u;
u++; print(u);
let nl = null;
nl++; print(nl);
let big = 2 ** 53;
big++; print(big);
let t = "x";
print(t++, t);
let gets = 0;
const g = { get v() { gets++; return 1; }, set v(x) { print("set", x); } };
print(g.v++, gets);
/* expected
5 6 7 7 7 6 5 5
1 2 3 3 2
10 11,20 1
12 12,20 0
6 number
NaN
1
9007199254740992
NaN NaN
set 2
1 1
*/
