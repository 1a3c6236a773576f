const s1 = Symbol("one"), s2 = Symbol("one");
const o = { [s1]: "first", [s2]: "second", plain: "p" };
print(o[s1], o[s2], s1 === s2, s1.toString(), s2.description);
print(Object.keys(o).join(), Object.values(o).join());
const seen = [];
for (const k in o) seen.push(k);
print(seen.join());
o[s1] = "changed";
print(o[s1], s1 in o, o.hasOwnProperty(s1));
const copy = Object.assign({}, o);
print(copy[s1], copy.plain);
print(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.iterator.description);
print(Symbol("x").description, Symbol("").description === "", Symbol().toString());
try { Symbol("x") + ""; } catch (e) { print(e.name); }
try { new Symbol(); } catch (e) { print(e.name); }
const sym = Symbol("k");
const wrapped = { [sym]: 1 };
print(wrapped[Object(sym)]);
/* expected
first second false Symbol(one) one
plain p
plain
changed true true
changed p
symbol Symbol(Symbol.iterator) Symbol.iterator
x true Symbol()
TypeError
TypeError
1
*/
