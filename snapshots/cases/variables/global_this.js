print(typeof globalThis, globalThis === globalThis.globalThis);
print(this === globalThis);
var gv = 1;
print("gv" in globalThis);
try { delete globalThis.gv; } catch (e) { print(e.name, gv); }
globalThis.prop = "p";
print(prop);
print(delete globalThis.prop, typeof prop);
print(globalThis.NaN, globalThis.Infinity, globalThis.undefined);
function f() { return this; }
print(f() === undefined, f.call(globalThis) === globalThis);
const arrow = () => this;
print(arrow() === globalThis);
print(typeof globalThis.print, typeof globalThis.Math);
/* expected
object true
true
true
TypeError 1
p
true undefined
NaN Infinity undefined
true true
true
function object
*/
