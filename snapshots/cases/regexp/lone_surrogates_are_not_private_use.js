// A lone surrogate matches only itself: never a private-use character, even
// one the subject or the pattern also holds (the engine keeps lone
// surrogates in private-use code points the subject does not use).
print(/^\ud800$/.test("\u{10F800}"), /^\ud800$/u.test("\u{10F000}"), /^\u{10F000}$/u.test("\ud800"));
const both = "\ud800\u{10F000}\u{F0000}";
print(both.search(/\ud800/), both.search(/\u{10F000}/u), both.search(/\u{F0000}/u), both.match(/[\u{10000}-\u{10FFFF}]/gu).length);
print(/^\p{Cs}$/u.test("\udfff"), /\p{Co}/u.test("\udfff"), /^\p{Co}$/u.test("\u{10F000}"), /\P{Co}/u.test("\ud800"));
print("a\ud800b\u{10F000}".split(/\ud800/).map((s) => s.length), "a\udc00b".replace(/[\udc00-\udfff]/, "-"));
/* expected
false false false
0 1 3 2
true false true true
1,3 a-b
*/
