// Without `u` or `v` a pattern works on UTF-16 code units: `.` is half a
// pair, a pattern's surrogates match halves of pairs, a search may start
// between the halves; with `u` a pair is one character.
print(/^..$/.test("😀"), /^.$/.test("😀"), /😀/.test("😀"), /^[😀]$/.test("😀"), /^[😀]{2}$/.test("😀"));
print(/[\ud800-\udfff]/.test("a😀b"), "😀".match(/./g).length, /\ud83d/.test("😀"), /\ude00/.exec("x😀").index);
print("😀".replace(/(?:)/g, "|").length, /^\S\S$/.test("😀"), /^\W\W$/.test("😀"), /😀/u.test("😀"), /^.$/u.test("😀"));
print(/^[^a]$/.test("😀"), /^[^a]{2}$/.test("😀"), /\u{1F600}/.test("😀"), "a😀".search(/\udc00|\ude00/));
const astral = "a😀b";
print(astral.replace(/[\ud800-\udfff]/g, "?"), astral.replace(/[\ud800-\udfff]/gu, "?"), astral.split(/(?:)/).length, astral.split(/(?:)/u).length);
print(JSON.stringify(/(.)(.)/.exec("😀").slice(1)), /\ud83d(?=\ude00)/.exec("😀").index, "😀😀".lastIndexOf("\ude00"));
/* expected
true false true false true
true 2 true 2
5 true true true true
false true false 2
a??b a😀b 4 3
["\ud83d","\ude00"] 0 3
*/
