function* g() { yield 1; }
const it = g();
print(it[Symbol.iterator]() === it);
print(typeof it.next, typeof it.return, typeof it.throw);
print(Object.getPrototypeOf(it) === g.prototype);
print(Object.prototype.toString.call(it));
try { new g(); } catch (e) { print(e.name); }
const it2 = g();
print(it === it2, Object.getPrototypeOf(it2) === Object.getPrototypeOf(it));
/* expected
true
function function function
true
[object Generator]
TypeError
false true
*/
