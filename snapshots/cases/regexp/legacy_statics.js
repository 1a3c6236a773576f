// Annex B's legacy static properties of RegExp: each match by a RegExp that
// %RegExp% made (a literal, `RegExp(…)`, `new RegExp(…)`) records its
// subject, match, contexts and first nine captures; a failed match leaves
// them alone. Every property is the empty string before the first match.
print(JSON.stringify([RegExp.$1, RegExp.lastMatch, RegExp.input, RegExp.leftContext]));
/(\d+)-(\d+)/.exec("call 555-1234 now");
print(RegExp.$1, RegExp.$2, RegExp.$3 === "", RegExp.lastMatch, RegExp["$&"], RegExp.lastParen, RegExp["$+"]);
print(JSON.stringify([RegExp.leftContext, RegExp["$`"], RegExp.rightContext, RegExp["$'"], RegExp.input, RegExp.$_]));
// String methods match through the same RegExpBuiltinExec.
"a-b".replace(/(\w)-(\w)/, "$2-$1");
print(RegExp.$1, RegExp.$2, RegExp.lastMatch);
print("x1y22z333".match(/\d+/g), RegExp.lastMatch, RegExp.leftContext);
// A group that did not take part reads as the empty string.
/x(y)?/.test("zx");
print(JSON.stringify([RegExp.$1, RegExp.lastParen, RegExp.lastMatch, RegExp.leftContext]));
/nomatch/.test("abc");
print(RegExp.lastMatch, "(unchanged by a failed match)");
// `input` (and `$_`) can be set, to a string.
RegExp.input = 42;
print(typeof RegExp.input, RegExp.$_, RegExp.lastMatch);
const d = Object.getOwnPropertyDescriptor(RegExp, "$1");
print(typeof d.get, d.enumerable, d.configurable, typeof Object.getOwnPropertyDescriptor(RegExp, "input").set);
print(Object.getOwnPropertyNames(RegExp).filter((k) => k.startsWith("$")).length);
// Ten nested groups: only the first nine have properties.
/((((((((((a))))))))))/.exec("a");
print(RegExp.$9, RegExp.$10, RegExp.lastParen);
/* expected
["","","",""]
555 1234 true 555-1234 555-1234 1234 1234
["call ","call "," now"," now","call 555-1234 now","call 555-1234 now"]
a b a-b
1,22,333 333 x1y22z
["","","x","z"]
x (unchanged by a failed match)
string 42 x
function false true function
14
a undefined a
*/
