class Temperature {
  constructor(c) { this._c = c; }
  get fahrenheit() { return this._c * 9 / 5 + 32; }
  set fahrenheit(f) { this._c = (f - 32) * 5 / 9; }
  get celsius() { return this._c; }
}
const t = new Temperature(100);
print(t.fahrenheit, t.celsius);
t.fahrenheit = 32;
print(t.celsius);
try { t.celsius = 50; } catch (e) { print(e.name); }
print(t.celsius);
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, "fahrenheit");
print(typeof d.get, typeof d.set, d.enumerable, d.configurable);
print(Object.hasOwn(t, "fahrenheit"), "fahrenheit" in t);
/* expected
212 100
0
TypeError
0
function function false true
false true
*/
