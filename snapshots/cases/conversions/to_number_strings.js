print(Number("  12  "), Number("0x1f"), Number("1e3"), Number(""));
print(Number("abc"), Number("12px"), Number(" \n\t "), Number("-0x10"));
print(Number("0b101"), Number("0o17"), Number("017"), Number(".5"), Number("5."));
print(Number("+3"), Number("-3.25e-2"), Number("Infinity"), Number("-Infinity"));
print(Number("infinity"), Number("1_000"), Number("1e"), Number("--1"));
print(Number(null), Number(undefined), Number(true), Number(false));
print(Number([]), Number([7]), Number([1, 2]), Number({}));
print(Number("\u00a01\u00a0"), Number("0.0000001"), Number("12345678901234567890"));
print(+"1e21", +"-0" === 0, 1 / +"-0");
try { Number(Symbol()); } catch (e) { print(e.name); }
/* expected
12 31 1000 0
NaN NaN 0 NaN
5 15 17 0.5 5
3 -0.0325 Infinity -Infinity
NaN NaN NaN NaN
0 NaN 1 0
0 7 NaN NaN
1 1e-7 12345678901234567000
1e+21 true -Infinity
TypeError
*/
