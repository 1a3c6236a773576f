const a = Symbol("alpha");
const b = Symbol();
const c = Symbol("");
const d = Symbol(undefined);
const e = Symbol(42);
print(a.toString(), a.description);
print(b.toString(), b.description);
print(c.toString(), c.description === "", d.description);
print(e.description, typeof e.description);
print(String(a), typeof a);
print(Symbol("x") === Symbol("x"), a === a);
/* expected
Symbol(alpha) alpha
Symbol() undefined
Symbol() true undefined
42 string
Symbol(alpha) symbol
false true
*/
