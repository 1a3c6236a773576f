function a(x, y, z) {}
function b(x, y = 1, z) {}
function c(...r) {}
const d = function () {};
const e = (p, q) => p;
const o = { m(x) {}, get g() { return 1; }, ["comp" + "uted"]() {} };
print(a.length, b.length, c.length, d.length, e.length, o.m.length);
print(a.name, d.name, e.name, o.m.name, o.computed.name);
const f = function inner() {};
print(f.name);
print(a.bind(null).name, a.bind(null, 1).length, a.bind(null, 1, 2, 3, 4).length);
let assigned;
assigned = () => {};
print(assigned.name);
const sym = Symbol("desc");
const so = { [sym]() {} };
print(so[sym].name);
print(Math.max.name, Math.max.length, parseInt.length);
/* expected
3 1 0 0 2 1
a d e m computed
inner
bound a 2 0
assigned
[desc]
max 2 2
*/
