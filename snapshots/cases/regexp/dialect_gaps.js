// Where JavaScript's regular expressions differ from the Rust regex dialect.
// `.` stops at every line terminator unless `s`.
for (const t of ["\n", "\r", "\u2028", "\u2029", "\v"]) print(JSON.stringify(t), /a.b/.test(`a${t}b`), /a.b/s.test(`a${t}b`));
// `^` and `$` see every line terminator under `m`, only the ends without.
print(/^b$/m.test("a\rb\u2028c"), /^b$/.test("a\nb"), "a\nb\rc".match(/^\w$/gm), "x\n".match(/x$/) !== null);
// \s is JavaScript's white space: \ufeff and \u00a0 in, \u0085 out.
print(/\s/.test("\ufeff"), /\s/.test("\u00a0"), /\s/.test("\u0085"), /\S/.test("\u0085"));
// \w, \d and \b are ASCII.
print(/\w/.test("é"), /\d/.test("٣"), /\bé/.test(" é"), /a\b/.test("aé"), /\B/.test("é"), /\w/iu.test("\u017f"));
// Case-insensitive matching folds case.
print(/straße/i.test("STRAßE"), /[a-z]+/i.exec("ÀBC")[0], /σ/i.test("Σ"), /K/i.test("k"));
// A backreference to a group that did not take part matches nothing.
print(/(a)?\1b/.exec("b")[0], /(?:(a)|b)\1c/.test("bc"), /\1(a)/.exec("aa")[0], /(a)\1/i.test("aA"));
// Named groups, \k, and names that are any identifier.
const n = /(?<$first>\w)(?<second>\w)\k<$first>/.exec("xyx!");
print(n[0], n.groups.$first, n.groups.second, /(?<ü>.)\k<ü>/u.test("üü"));
// Look-behind, positive and negative, of any length.
print("a1 b2 c3".match(/(?<=[ab])\d/g), "price: $42, €13".match(/(?<!\$)\b\d+/g), /(?<=^a+)b/.test("aaab"));
// [^] matches anything, [] nothing.
print(/a[^]b/.test("a\nb"), /a[]b/.test("ab"), /^[^]*$/.test("x\ny"), /[]/.test(""));
// Escapes: \cX, \0, \xHH, \uHHHH, \u{…} (u), \p{…} (u).
print(/\cJ/.test("\n"), /\0/.test("\0"), /\x41\u0042/.test("AB"), /\u{1F600}/u.test("😀"), /^\p{Lu}+$/u.test("ÀB"), /\p{Script=Greek}/u.test("α"), /\P{L}/u.test("a"));
// Annex B, without u: quantified look-ahead, ] alone, octal-like escapes.
print(/(?=a)*b/.test("b"), /]/.test("]"), /a{/.test("a{"), /\8/.test("8"));
// u matches by code point; without u, astral characters stay one character
// here (jsvm matches whole code points in both modes).
print("😀x".match(/./gu).length, /^.$/u.test("😀"), /^[😀]$/u.test("😀"));
/* expected
"\n" false true
"\r" false true
" " false true
" " false true
"\u000b" true true
true false a,b,c false
true true false true
false false false true true true
true BC true true
b true a true
xyx x y true
1,2 13 true
true false true false
true true true true true true false
true true true true
2 true true
*/
