print((1.005).toFixed(2), (1.45).toFixed(1), (0).toFixed(2), (-0).toFixed(2), (-1.5).toFixed(0), (2.5).toFixed(0));
print((123.456).toFixed(), (0.000001).toFixed(7), (1e21).toFixed(2), (1e20).toFixed(2), (-0.0001).toFixed(2));
print(NaN.toFixed(2), (Infinity).toFixed(1), (42).toFixed(5), (0.1 + 0.2).toFixed(20));
try { (1).toFixed(101); } catch (e) { print(e.name); }
print((3.14159).toFixed(3), Math.PI.toFixed(10), (1234.5678).toFixed(1));
/* expected
1.00 1.4 0.00 0.00 -2 3
123 0.0000010 1e+21 100000000000000000000.00 -0.00
NaN Infinity 42.00000 0.30000000000000004441
RangeError
3.142 3.1415926536 1234.6
*/
