print(Math.PI, Math.E, Math.SQRT2, Math.LN2);
print(Math.abs(-7.5), Math.abs(-0) === 0, Math.floor(-0.5), Math.ceil(0.2), Math.trunc(-0.9));
print(Math.sqrt(144), Math.sqrt(-1), Math.sqrt(2) === Math.SQRT2);
print(Math.max(1, 2, "3"), Math.min(-Infinity, 0), Math.max(-0, 0) === 0);
print(Math.clz32(1), Math.clz32(0), Math.imul(3, 4), Math.imul(0xffffffff, 5));
print(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128));
print(Math.sign(-0.001), Math.sign(NaN), Math.round(0.49999999999999994));
let ok = true;
for (let i = 0; i < 100; i++) {
  const r = Math.random();
  if (!(r >= 0 && r < 1)) ok = false;
}
print("random in range:", ok, typeof Math.random());
print(typeof Math, Object.prototype.toString.call(Math));
try { Math(); } catch (e) { print(e.name); }
/* expected
3.141592653589793 2.718281828459045 1.4142135623730951 0.6931471805599453
7.5 true -1 1 0
12 NaN true
3 -Infinity true
31 32 12 -5
5.5 5.050000190734863 Infinity
-1 NaN 0
random in range: true number
object [object Math]
TypeError
*/
