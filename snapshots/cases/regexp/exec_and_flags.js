// exec, test, lastIndex under g and y, the match object.
const m = /(\d+)-(\d+)/.exec("tel 12-34 x");
print(m.index, m.input, m.length, m[0], m[1], m[2], m.groups);
const named = /(?<year>\d{4})-(?<month>\d\d)/d.exec("on 2024-05!");
print(named.groups.year, named.groups.month, Object.getPrototypeOf(named.groups), named.indices[0], named.indices.groups.month);
const g = /o/g;
print(g.exec("foo").index, g.lastIndex, g.exec("foo").index, g.lastIndex, g.exec("foo"), g.lastIndex);
const y = /a/y;
print(y.test("ba"), y.lastIndex, (y.lastIndex = 1, y.test("ba")), y.lastIndex);
// Without g or y, lastIndex is ignored and left alone.
const plain = /b/;
plain.lastIndex = 7;
print(plain.exec("abc").index, plain.lastIndex);
// Flags and their getters, source escaping, toString.
const all = /x/dgimsuy;
print(all.flags, all.global, all.ignoreCase, all.multiline, all.dotAll, all.unicode, all.sticky, all.hasIndices);
print(String(/a\/b/), /[/]/.source, new RegExp("a/b").source, new RegExp("").source, String(new RegExp("\n")));
print(RegExp.prototype.source, RegExp.prototype.global, RegExp.prototype.flags, String(RegExp.prototype));
// The constructor: from strings, from a RegExp (new flags allowed), and
// RegExp(re) without new returning re itself.
const re = /ab/g;
print(RegExp(re) === re, new RegExp(re) === re, new RegExp(re, "i").flags, new RegExp("a+", "g").test("caa"));
for (const [p, f] of [["(", ""], ["a", "gg"], ["a", "x"], ["\\k<x>", "u"]]) {
  try { new RegExp(p, f); } catch (e) { print(e.name); }
}
print(typeof /a/, /a/ instanceof RegExp, Object.prototype.toString.call(/a/), /a/ !== /a/);
/* expected
4 tel 12-34 x 3 12-34 12 34 undefined
2024 05 null 3,10 8,10
1 2 2 3 null 0
false 0 true 2
1 7
dgimsuy true true true true true true true
/a\/b/ [/] a\/b (?:) /\n/
(?:) undefined  /(?:)/
true false i true
SyntaxError
SyntaxError
SyntaxError
SyntaxError
object true [object RegExp] true
*/
