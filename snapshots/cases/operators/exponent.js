print(2 ** 10, 2 ** -1, 4 ** 0.5, 2 ** 52);
print(2 ** 3 ** 2, (2 ** 3) ** 2);
print((-2) ** 2, (-2) ** 3, (-8) ** (1 / 3));
print(-(2 ** 2));
print(0 ** 0, NaN ** 0, 1 ** Infinity, 1 ** NaN);
print(Infinity ** -1, (-Infinity) ** 3, (-Infinity) ** 2);
print(1 / (-0) ** 3, (-0) ** -1);
let x = 3;
x **= 2;
print(x);
x **= 3;
print(x);
print(10 ** 21, 10 ** 15, (-2) ** -2);
print(2 ** 1024, 2 ** -1075);
/* expected
1024 0.5 2 4503599627370496
512 64
4 -8 NaN
-4
1 1 NaN NaN
0 -Infinity Infinity
-Infinity -Infinity
9
729
1e+21 1000000000000000 0.25
Infinity 0
*/
