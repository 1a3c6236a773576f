print(0 / 0, 1 / 0, -1 / 0);
print(Infinity - Infinity, Infinity * 0, Infinity / Infinity);
print(Infinity + 1, -Infinity * -1);
print(NaN === NaN, NaN !== NaN, NaN == NaN);
print(NaN < 1, NaN > 1, NaN <= NaN, NaN >= NaN);
print(Infinity > Number.MAX_VALUE, -Infinity < -Number.MAX_VALUE);
print(typeof NaN, typeof Infinity);
print(isNaN("abc"), Number.isNaN("abc"));
print(isFinite("12"), Number.isFinite("12"));
print(Math.max(), Math.min());
print(Math.max(1, NaN, 3), Math.min(1, "0", 3));
/* expected
NaN Infinity -Infinity
NaN NaN NaN
Infinity Infinity
false true false
false false false false
true true
number number
true false
true false
-Infinity Infinity
NaN 0
*/
