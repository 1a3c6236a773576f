const emoji = "😀";
print(emoji.length, "a😀b".length, "é".length, "e\u0301".length);
print(emoji.charCodeAt(0), emoji.charCodeAt(1), emoji.charCodeAt(2));
print(emoji.charCodeAt(0).toString(16), emoji.charCodeAt(1).toString(16));
print(emoji[0] === "\uD83D", emoji[1] === "\uDE00", emoji === "\uD83D\uDE00");
print("\u{1F600}" === emoji, "\u{41}", "\u{0041}\u{42}");
const family = "👨‍👩‍👧";
print(family.length);
let cps = 0;
for (const ch of family) cps++;
print(cps);
print([..."a😀b"].length, [..."a😀b"][1] === emoji);
print("😀".slice(0, 1).length, "😀".charAt(1) === "\uDE00");
/* expected
2 4 1 2
55357 56832 NaN
d83d de00
true true true
true A AB
8
5
3 true
1 true
*/
