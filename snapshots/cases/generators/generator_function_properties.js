function* g() {}
const GenProto = Object.getPrototypeOf(g);
print(typeof g, typeof g.prototype, Object.keys(g.prototype).length);
print(g.name, g.prototype.constructor === undefined);
print(GenProto === Object.getPrototypeOf(function* other() {}));
const obj = { *m() {} };
print(Object.getPrototypeOf(obj.m) === GenProto, obj.m.name);
try { new obj.m(); } catch (e) { print(e.name); }
/* expected
function object 0
g false
true
true m
TypeError
*/
