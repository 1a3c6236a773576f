print("3" * "4", "3" - "", "abc" * 1, null * 5, undefined * 5);
print(true * 3, [] * 2, [5] * [2], ["3"] - 1, {} * 1);
print("2" ** "3", "10" % "3", -"", -" 5 ", +[], +{}, +[[]], +[[1]]);
print(1 + null, 1 + undefined, "1" + null, 1 + true + "1");
print([1] + 1, [1] - 1, [1, 2] - 1);
const d = { valueOf() { return 2; } };
print(d + d, d * d, d + "x", d - "1", d ** 3);
print(1 - "0x10", "0b11" * 1, " 0o7 " / 1);
print(Infinity - "1", "Infinity" * 0, "-Infinity" + 0);
/* expected
12 3 NaN 0 NaN
3 0 10 2 NaN
8 1 0 -5 0 NaN 0 1
1 NaN 1null 21
11 0 NaN
4 4 2x 1 8
-15 3 7
Infinity NaN -Infinity0
*/
