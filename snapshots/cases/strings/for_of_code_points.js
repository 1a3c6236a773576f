const s = "A😀ß\uD800x\uDC00";
const parts = [];
for (const ch of s) parts.push(ch.length + ":" + ch.charCodeAt(0).toString(16));
print(parts.join(" "));
let count = 0;
for (const c of "") count++;
print(count);
const out = [];
for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
print(out.length, out[1], out[2]);
const it = "hé"[Symbol.iterator]();
print(it.next().value, it.next().value, it.next().done);
print([..."🎉🎉"].length, "🎉🎉".length);
/* expected
1:41 2:d83d 1:df 1:d800 1:78 1:dc00
0
7 55357 56832
h é true
2 4
*/
