const temp = {
  _c: 25,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
  get c() { return this._c; },
};
print(temp.f, temp.c);
temp.f = 212;
print(temp.c, temp.f);
try { temp.c = 5; } catch (e) { print(e.name); }
print(temp.c);
const onlySet = { set v(x) { this.stored = x * 2; } };
onlySet.v = 4;
print(onlySet.v, onlySet.stored);
const log = [];
const proto = { set p(v) { log.push("proto setter " + v); } };
const child = Object.create(proto);
child.p = 1;
print(log.join(), child.hasOwnProperty("p"));
const counter = { n: 0, get next() { return ++this.n; } };
print(counter.next, counter.next, counter.n);
const k = "dynamicProp";
const dyn = { get [k]() { return "computed getter"; } };
print(dyn.dynamicProp);
/* expected
77 25
100 212
TypeError
100
undefined 8
proto setter 1 false
1 2 2
computed getter
*/
