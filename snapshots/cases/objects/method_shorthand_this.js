const calc = {
  value: 0,
  add(n) { this.value += n; return this; },
  mul(n) { this.value *= n; return this; },
  "quoted method"() { return "quoted"; },
  [`comp${"uted"}`]() { return "computed"; },
};
print(calc.add(2).mul(5).add(1).value);
print(calc["quoted method"](), calc.computed());
const borrowed = { value: 100 };
print(calc.add.call(borrowed, 1).value, calc.value);
const holder = { inner: { name: "inner", who() { return this.name; } }, name: "outer" };
print(holder.inner.who());
const fn = holder.inner.who;
print(fn.call(holder));
const arr = [calc.mul];
try { arr[0](2); } catch (e) { print(e.name); }
const o = { f() { return typeof this; } };
print(o.f(), o.f.call(7), o.f.call("s"), o.f.call(undefined));
/* expected
11
quoted computed
101 11
inner
outer
object number string undefined
*/
