const s = "a😀b";
print(s.length);
const chars = [...s];
print(chars.length, chars[1].length, chars[1] === "😀");
let n = 0;
for (const ch of "héllo😀") n++;
print(n);
const lone = "x\uD800y";
print([...lone].length, [...lone][1].length);
const it = "ab"[Symbol.iterator]();
print(it.next().value, it.next().value, it.next().done);
print(Array.from("e\u0301").length);
/* expected
4
3 2 true
6
3 1
a b true
2
*/
