const s = "héllo😀";
print(s[0], s[1], s[5] === "\uD83D", s[-1], s[100]);
print(s["1"], s[1.0], s["01"]);
print("length" in Object(s), 0 in Object(s), 10 in Object(s));
const keys = [];
for (const k in "ab") keys.push(k);
print(keys.join());
let n = 0;
for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
print(n);
print("abc".indexOf("c") === "abc".length - 1);
/* expected
h é true undefined undefined
é é undefined
true true false
0,1
3
true
*/
