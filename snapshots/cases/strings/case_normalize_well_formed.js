// Full Unicode case mapping, including SpecialCasing and final sigma.
print("straße".toUpperCase(), "ﬁ".toUpperCase(), "İ".toLowerCase().length, "ΑΣ ΑΣΑ Σ".toLowerCase());
print("Hello, Wörld".toLocaleUpperCase(), "ÀÉÎ".toLocaleLowerCase());
// Lone surrogates pass through case mapping unchanged.
const lone = "a\ud800b".toUpperCase();
print(lone.length, lone.charCodeAt(1).toString(16), lone[0] + lone[2]);
// normalize: the four forms; a bad form is a RangeError.
const composed = "\u00e9", decomposed = "e\u0301";
print(decomposed.normalize() === composed, composed.normalize("NFD") === decomposed);
print("\ufb01".normalize("NFKC"), "\ufb01".normalize("NFC") === "\ufb01", "\u1e9b\u0323".normalize("NFKD").length);
try { "a".normalize("nfc"); } catch (e) { print(e.name); }
// localeCompare: canonically equivalent strings are equal.
print(composed.localeCompare(decomposed), "a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));
// isWellFormed / toWellFormed.
print("ab\ud83d\ude00".isWellFormed(), "a\udc00".isWellFormed(), "\ud800".toWellFormed() === "\ufffd");
print("x\ud800y\udc00".toWellFormed().split("").map((c) => c.charCodeAt(0).toString(16)).join(" "));
// String.raw joins the raw strings with the substitutions.
print(String.raw`a\n${1 + 1}b${"c"}`, String.raw({ raw: ["x", "y", "z"] }, 1), String.raw({ raw: "abc" }, "-", "+", "unused"));
print(String.raw({ raw: { length: 0 } }) === "", String.raw.length);
/* expected
STRASSE FI 2 ας ασα σ
HELLO, WÖRLD àéî
3 d800 AB
true true
fi true 3
RangeError
0 -1 1 0
true false true
78 fffd 79 fffd
a\n2bc x1yz a-b+c
true 1
*/
