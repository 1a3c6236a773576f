print(7 % 3, -7 % 3, 7 % -3, -7 % -3);
print(5.5 % 2, -5.5 % 2);
print(1 / (-4 % 2), 1 / (4 % -2));
print(5 % 0, 5 % Infinity, Infinity % 5);
print(-1 % Infinity);
print(0.3 % 0.1);
print(2 ** 31 % 7, -(2 ** 31) % 7);
function mod(a, n) { return ((a % n) + n) % n; }
print(mod(-1, 5), mod(-6, 5), mod(13, 5));
print("17" % "5", "x" % 2);
/* expected
1 -1 1 -1
1.5 -1.5
-Infinity Infinity
NaN 5 NaN
-1
0.09999999999999998
2 -2
4 4 3
2 NaN
*/
