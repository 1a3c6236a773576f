let a = null, b = 0, c = "x";
a ??= "def"; b ??= 99; print(a, b);
b ||= 7; c ||= "no"; print(b, c);
c &&= c + "!"; a &&= 0; print(c, a);
let sets = 0;
const o = { _p: 1, get p() { return this._p; }, set p(v) { sets++; this._p = v; } };
o.p ||= 5;
o.p &&= 2;
o.p ??= 3;
print(o.p, sets);
o.p &&= 0;
o.p ||= 4;
print(o.p, sets);
let calls = 0;
function f() { calls++; return "v"; }
let z = 1;
z ||= f(); z ??= f(); print(z, calls);
z &&= f(); print(z, calls);
print(null ?? 0 ?? 1, 0 || null || "", 1 && 2 && 3, 0 && f());
print((null || undefined) ?? "d");
/* expected
def 0
7 x
x! 0
2 1
4 3
1 0
v 1
0  3 0
d
*/
