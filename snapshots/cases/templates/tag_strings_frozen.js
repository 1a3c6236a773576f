function tag(s) { return s; }
const s = tag`a${1}b`;
print(Object.isFrozen(s), Object.isFrozen(s.raw), Array.isArray(s), Array.isArray(s.raw));
try { s[0] = "changed"; } catch (e) { print(e.name); }
try { s.push("x"); } catch (e) { print(e.name); }
print(s[0], s.length);
const d = Object.getOwnPropertyDescriptor(s, "raw");
print(d.writable, d.enumerable, d.configurable);
print(Object.keys(s).join(","));
/* expected
true true true true
TypeError
TypeError
a 2
false false false
0,1
*/
