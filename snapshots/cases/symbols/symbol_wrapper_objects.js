const s = Symbol("wrapped");
const w = Object(s);
print(typeof w, w instanceof Symbol, w.valueOf() === s);
print(w.description, w.toString());
print(Object.getPrototypeOf(s) === Symbol.prototype);
const o = {};
o[w] = "keyed by wrapper";
print(o[s]);
print(Symbol.prototype.toString.call(s));
try { Symbol.prototype.toString.call("notasymbol"); } catch (e) { print(e.name); }
/* expected
object true true
wrapped Symbol(wrapped)
true
keyed by wrapper
Symbol(wrapped)
TypeError
*/
