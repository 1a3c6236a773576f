const sym = Symbol("x");
try { const s = `value: ${sym}`; print(s); } catch (e) { print(e.name); }
print(`value: ${sym.toString()}`, `desc: ${sym.description}`);
function tag(s, v) { return typeof v; }
print(tag`${sym}`);
/* expected
TypeError
value: Symbol(x) desc: x
symbol
*/
