const nz = -0;
print(nz, String(nz), `${nz}`, nz + "");
print(1 / nz, 1 / 0);
print(nz === 0, nz == 0);
print(0 * -1, 1 / (0 * -1));
print(1 / (-0 + 0), 1 / (-0 - 0), 1 / (0 - 0));
print(1 / Math.round(-0.4), 1 / Math.abs(-0));
print(1 / -(0), 1 / (+"-0"));
print(Math.sign(-0) === 0, 1 / Math.sign(-0));
print(1 / Math.min(0, -0), 1 / Math.max(-0, 0));
print([-0].includes(0), [-0].indexOf(0));
print((-0).toString(), 1 / Number("-0"));
/* expected
0 0 0 0
-Infinity Infinity
true true
0 -Infinity
Infinity -Infinity Infinity
-Infinity Infinity
-Infinity -Infinity
true -Infinity
-Infinity Infinity
true 0
0 -Infinity
*/
