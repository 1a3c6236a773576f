const counter = {
  n: 0,
  inc() { this.n++; return this; },
  get double() { return this.n * 2; },
};
print(counter.inc().inc().n, counter.double);
const inc = counter.inc;
try { inc(); } catch (e) { print(e.name); }
const other = { n: 100, inc: counter.inc };
print(other.inc().n);
const arr = [function () { return this.length; }, 2, 3];
print(arr[0]());
const nested = { inner: { who() { return this === nested.inner; } } };
print(nested.inner.who(), (nested.inner.who)(), (0, nested.inner.who)?.call(nested.inner));
const opt = { f() { return this === opt; } };
print(opt?.f(), opt.f?.(), opt?.["f"]());
function Person(n) { this.n = n; }
Person.prototype.hi = function () { return "hi " + this.n; };
print(new Person("ann").hi());
/* expected
2 4
TypeError
101
3
true true true
true true true
hi ann
*/
