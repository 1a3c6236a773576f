const a = Symbol("a");
const values = [a, Symbol.iterator, Symbol.for("a")];
print(values.map((v) => typeof v).join(","));
print(values.indexOf(Symbol.for("a")), values.indexOf(Symbol("a")), values.includes(a));
print(Object.is(a, a), a == Symbol.for("a"));
print([a].map(String).join(), [Symbol("q")].length);
try { print([a].join()); } catch (e) { print(e.name); }
/* expected
symbol,symbol,symbol
2 -1 true
true false
Symbol(a) 1
TypeError
*/
