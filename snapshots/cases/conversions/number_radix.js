print((255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36));
print((-255).toString(16), (0).toString(2), (35).toString(36));
print((2 ** 32).toString(16), (2 ** 53).toString(2).length);
print((10).toString(), (10).toString(10), (0.5).toString(2), (0.25).toString(16));
print((-0).toString(2), NaN.toString(16), Infinity.toString(2));
try { (1).toString(1); } catch (e) { print(e.name); }
try { (1).toString(37); } catch (e) { print(e.name); }
print(Number("0x" + (48879).toString(16)), parseInt((1234).toString(7), 7));
print((123.0).toString(), (1e21).toString(), (1e21).toString(10));
/* expected
ff 11111111 377 73
-ff 0 z
100000000 54
10 10 0.1 0.4
0 NaN Infinity
RangeError
RangeError
48879 1234
123 1e+21 1e+21
*/
