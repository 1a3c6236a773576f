print("apple" < "banana", "apple" < "Apple", "a" < "B", "A" < "a");
print("abc" === "abc", "abc" == new String("abc"), new String("a") == new String("a"));
print("10" < "2", "10" < 2, "Z" > "Y", "" === "");
print("😀" > "\uFFFF", "\uD83D" < "\uFFFF", "a\u0000" > "a");
print(["b", "a", "C"].map((s) => s.charCodeAt(0)).join());
const words = ["pear", "Peach", "apple", "apricot"];
let min = words[0];
for (const w of words) if (w < min) min = w;
print(min);
print("abc" < "abd", "abc" < "ab", "ab" < "abc", "b" > "abc");
/* expected
true false false true
true true false
true false true true
false true true
98,97,67
Peach
true false true true
*/
