print(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger("5"));
print(Number.isInteger(Infinity), Number.isInteger(-0), Number.isInteger(2 ** 60));
print(Number.isFinite(1 / 0), Number.isFinite(1e308), isFinite("1e308"), isFinite(null));
print(Number.isNaN(NaN), Number.isNaN("NaN"), isNaN("NaN"), isNaN(undefined), isNaN(null));
print(Number(), Number(undefined), Number("  "), Number(new Number(3)));
print(Math.trunc(-4.7), Math.floor(-4.5), Math.ceil(-4.5), Math.round(-4.5), Math.round(4.5));
print(Math.round(2.5), Math.round(-2.5), Math.round(-0.5) === 0, 1 / Math.round(-0.5));
print(Math.sign(-3), Math.sign("7"), Math.abs("-2"), Math.sqrt("16"));
print(Math.max("10", 9), Math.min([2], 3), Math.floor(null), Math.ceil(undefined));
/* expected
true true false false
false true true
false true true true
true false true true false
0 NaN 0 3
-4 -5 -4 -4 5
3 -2 true -Infinity
-1 1 2 4
10 2 0 NaN
*/
