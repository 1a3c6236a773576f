function tag(s) { return s; }
const s = tag`one${1}two`;
print(s.raw.length, s.raw[0], s.raw[1]);
print(Object.getPrototypeOf(s) === Array.prototype, Object.getPrototypeOf(s.raw) === Array.prototype);
print(Object.getOwnPropertyNames(s).join(","));
print(s.propertyIsEnumerable("raw"), s.propertyIsEnumerable(0));
/* expected
2 one two
true true
0,1,length,raw
false true
*/
