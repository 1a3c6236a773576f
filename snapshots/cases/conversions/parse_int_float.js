print(parseInt("42px"), parseInt("  -17abc"), parseInt("0x1F"), parseInt("abc"));
print(parseInt("101", 2), parseInt("z", 36), parseInt("ff", 16), parseInt("FF", 16));
print(parseInt("12", 1), parseInt("12", 37), parseInt("12", 0), parseInt("0x10", 16));
print(parseInt("3.99"), parseInt("-0"), 1 / parseInt("-0"), parseInt(""));
print(parseInt("1e3"), parseInt(0.0000005), parseInt(null), parseInt("9", 8));
print(parseInt("12345678901234567890"), parseInt("-9007199254740993"));
print(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e2x"), parseFloat("e5"));
print(parseFloat("Infinityx"), parseFloat("  1e-3 "), parseFloat("0x10"), parseFloat("1.2.3"));
print(parseFloat("-0"), 1 / parseFloat("-0"), parseFloat(""), parseFloat("+7"));
print(parseInt("  +0x", 16), parseInt("0b11"), parseInt("11", "2"));
/* expected
42 -17 31 NaN
5 35 255 255
NaN NaN 12 16
3 0 -Infinity NaN
1 5 NaN NaN
12345678901234567000 -9007199254740992
3.14 0.5 -50 NaN
Infinity 0.001 0 1.2
0 -Infinity NaN 7
NaN 0 3
*/
