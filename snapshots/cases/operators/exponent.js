print(2 ** 10, 2 ** -1, 2 ** 0.5);
print(2 ** 3 ** 2, (2 ** 3) ** 2);
print((-2) ** 2, (-2) ** 3, (-8) ** (1 / 3));
print(-(2 ** 2));
print(0 ** 0, NaN ** 0, 1 ** Infinity, 1 ** NaN);
print(Infinity ** -1, (-Infinity) ** 3, (-Infinity) ** 2);
print(1 / (-0) ** 3, (-0) ** -1);
let x = 3;
x **= 2;
print(x);
x **= 0.5;
print(x);
print(10 ** 21, 10 ** -6, 10 ** -7);
print(2 ** 1024, 2 ** -1075);
/* expected
1024 0.5 1.4142135623730951
512 64
4 -8 NaN
-4
1 1 NaN NaN
0 -Infinity Infinity
-Infinity -Infinity
9
3
1e+21 0.000001 1e-7
Infinity 0
*/
