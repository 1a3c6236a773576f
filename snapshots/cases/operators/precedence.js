print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2);
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 | 3 & 1);
print(1 < 2 == true, 3 == 3 & 1);
print(true || false && false, (true || false) && false);
print(null ?? (false || "x"));
print(1 ? 2 ? "a" : "b" : "c", 0 ? 1 : 0 ? 2 : 3);
print(!1 + 1, !(1 + 1), -"3" * 2, typeof 1 + 2);
print(10 - 2 - 3, 64 / 4 / 2, 2 ** 2 ** 3);
let x = 1, y = 2;
x = y += 3;
print(x, y);
print(5 > 3 ? "yes" : "no", 1 + (2 > 1));
print(~1 + 1, -~1, 1 - -1, 1 - - -1);
print(typeof typeof void 0, !!"0", !!"");
/* expected
7 9 18
6 8 10 7
true 1
true false
x
a 3
1 false -6 number2
5 8 256
5 5
yes 2
-1 2 2 0
string true false
*/
