const a = Symbol.for("app.key");
const b = Symbol.for("app.key");
print(a === b, a.description, Symbol.keyFor(a));
const local = Symbol("app.key");
print(local === a, Symbol.keyFor(local));
print(Symbol.keyFor(Symbol.iterator));
const u = Symbol.for();
print(u.description, Symbol.keyFor(u), u === Symbol.for("undefined"));
try { Symbol.keyFor("app.key"); } catch (e) { print(e.name); }
print(Symbol.for(1) === Symbol.for("1"));
/* expected
true app.key app.key
false undefined
undefined
undefined undefined true
TypeError
true
*/
