// toExponential and toPrecision round the exact value of the double, ties
// away from zero (2.5 → 3), and switch forms where the spec says.
print((123.456).toExponential(), (123.456).toExponential(2), (0).toExponential(), (0).toExponential(3));
print((-1.5e-7).toExponential(1), (2.5).toExponential(0), (1.25).toExponential(1), (1.45).toExponential(1));
print((5e-324).toExponential(), (1e21).toExponential(), (999.99).toExponential(1), (1).toExponential(undefined));
print((123.456).toPrecision(4), (0.00001).toPrecision(1), (1e21).toPrecision(3), (123456).toPrecision(2));
print((2.5).toPrecision(1), (0.000001234).toPrecision(2), (0.0000001234).toPrecision(2), (99.99).toPrecision(3));
print((-0).toPrecision(2), (1).toPrecision(1), (123).toPrecision(3), (123.5).toPrecision(3), (0.5).toPrecision(1));
print((1.7976931348623157e308).toPrecision(100).length, (0.1).toPrecision(21), (1).toPrecision(undefined));
// Non-finite values print as ToString does, before the range check.
print(NaN.toPrecision(200), Infinity.toExponential(1000), (-Infinity).toPrecision(0));
for (const [method, digits] of [["toPrecision", 0], ["toPrecision", 101], ["toExponential", -1], ["toExponential", 101]]) {
  try { (1)[method](digits); } catch (e) { print(method, digits, e.name); }
}
// The argument is converted before the receiver is checked for finiteness.
let converted = false;
print(NaN.toExponential({ valueOf() { converted = true; return 1; } }), converted);
try { Number.prototype.toPrecision.call("1", 2); } catch (e) { print(e.name); }
print((1234.5).toLocaleString(), Number.prototype.toExponential.length, Number.prototype.toPrecision.length);
/* expected
1.23456e+2 1.23e+2 0e+0 0.000e+0
-1.5e-7 3e+0 1.3e+0 1.4e+0
5e-324 1e+21 1.0e+3 1e+0
123.5 0.00001 1.00e+21 1.2e+5
3 0.0000012 1.2e-7 100
0.0 1 123 124 0.5
106 0.100000000000000005551 1
NaN Infinity -Infinity
toPrecision 0 RangeError
toPrecision 101 RangeError
toExponential -1 RangeError
toExponential 101 RangeError
NaN true
TypeError
1234.5 1 1
*/
