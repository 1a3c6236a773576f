// The `v` flag's strings: \q{…} string literals and the properties of
// strings Emoji_Keycap_Sequence and Basic_Emoji in classes, through union,
// intersection and difference; the longest string is tried first.
const show = (x) => JSON.stringify(x);
print(show("xabcx".match(/[\q{abc|b}]/v)), show("ab".match(/[\q{a|ab|}]/gv)));
print(show("abcd".match(/[\q{ab|abc}d]+/v)), show("aXb".replace(/[\q{X|}]/gv, "-")));
print(/^[\q{abc|d}--\q{abc}]$/v.test("abc"), /^[\q{abc|d}--\q{abc}]$/v.test("d"));
print(/^[\q{abc|d}&&\q{abc|e}]$/v.test("abc"), /^[\q{abc|d}&&\q{abc|e}]$/v.test("d"));
print(/^[[a-z]--\q{b}]$/v.test("b"), /^[[a-z]--\q{bc}]$/v.test("c"), /^[\q{ABC}]$/vi.test("abc"));
const keycap = "1\uFE0F\u20E3";
print(/^\p{Emoji_Keycap_Sequence}$/v.test(keycap), /^\p{Emoji_Keycap_Sequence}$/v.test("1"));
print(show(`a${keycap}b#\uFE0F\u20E3`.split(/[\p{Emoji_Keycap_Sequence}]/v)));
print(/^[\p{Emoji_Keycap_Sequence}--\q{1\uFE0F\u20E3}]$/v.test(keycap), /^[\p{ASCII_Hex_Digit}--\p{Emoji_Keycap_Sequence}]$/v.test("a"));
print(/^\p{Basic_Emoji}$/v.test("\u231A"), /^\p{Basic_Emoji}$/v.test("\u{1F600}"), /^\p{Basic_Emoji}$/v.test("a"));
for (const source of ["[^\\q{ab}]", "\\P{Basic_Emoji}", "[^\\p{Emoji_Keycap_Sequence}]", "\\p{Basic_Emoji}"]) {
  try {
    new RegExp(source, "u");
    print("u accepts", source);
  } catch (e) {
    print(e.name, "under u:", source);
  }
  try {
    new RegExp(source, "v");
    print("v accepts", source);
  } catch (e) {
    print(e.name, "under v:", source);
  }
}

/* expected
["abc"] ["ab",""]
["abcd"] "-a--b-"
false true
true false
false true true
true false
["a","b",""]
false true
true true false
SyntaxError under u: [^\q{ab}]
SyntaxError under v: [^\q{ab}]
SyntaxError under u: \P{Basic_Emoji}
SyntaxError under v: \P{Basic_Emoji}
SyntaxError under u: [^\p{Emoji_Keycap_Sequence}]
SyntaxError under v: [^\p{Emoji_Keycap_Sequence}]
SyntaxError under u: \p{Basic_Emoji}
v accepts \p{Basic_Emoji}
*/
