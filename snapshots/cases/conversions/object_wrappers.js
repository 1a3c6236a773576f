const n = Object(5), s = Object("ab"), b = Object(false);
print(typeof n, typeof s, typeof b, n + 1, s + "c", b ? "truthy" : "falsy");
print(n instanceof Number, s instanceof String, b instanceof Boolean);
print(s.length, s[1], s.charAt(0), n.valueOf() === 5);
const sym = Object(Symbol("q"));
print(typeof sym, sym.description, sym.toString());
const o = {};
print(Object(o) === o, typeof Object(null), typeof Object(undefined));
print(Object.keys(Object(null)).length, Object.keys(new String("xyz")).join(","));
const prim = "abc";
print(prim.length, prim.toUpperCase(), "xyz"[2]);
print((5).toString(), true.toString(), (1.5).valueOf());
/* expected
object object object 6 abc truthy
true true true
2 b a true
object q Symbol(q)
true object object
0 0,1,2
3 ABC z
5 true 1.5
*/
