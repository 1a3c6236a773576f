const s = "x😀y";
print(s.length, s.indexOf("😀"), s.indexOf("\uDE00"), s.slice(1, 3) === "😀");
const lone = s.slice(1, 2);
print(lone.length, lone.charCodeAt(0), lone === "\uD83D");
const cps = [];
for (const c of s) cps.push(c.length);
print(cps.join(","));
const rebuilt = String.fromCharCode(s.charCodeAt(1), s.charCodeAt(2));
print(rebuilt === "😀", rebuilt.length);
const hi = 0xD83D, lo = 0xDE00;
print((hi - 0xD800) * 0x400 + (lo - 0xDC00) + 0x10000, (0x1F600).toString(16));
print("😀".toUpperCase() === "😀", "A😀".toLowerCase().length);
print([..."\uD83D\uD83D\uDE00"].map((c) => c.length).join());
/* expected
4 1 2 true
1 55357 true
1,2,1
true 2
128512 1f600
true 3
1,2
*/
