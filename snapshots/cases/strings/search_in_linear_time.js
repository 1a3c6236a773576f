// indexOf, lastIndexOf, includes, split and replace with a string pattern
// search in one pass (Knuth–Morris–Pratt), so needles that defeat a naive
// search cost no more than others.
const s = "abcabcabd abcabd";
print(s.indexOf("abcabd"), s.indexOf("abcabd", 7), s.indexOf("abd", 100), s.indexOf("", 3), s.indexOf("", 99));
print(s.lastIndexOf("abc"), s.lastIndexOf("abc", 9), s.lastIndexOf("abc", 2), s.lastIndexOf("abc", -5), s.lastIndexOf("zz"));
print(s.lastIndexOf(""), s.lastIndexOf("", 4), "ab".lastIndexOf("abc"), "aaa".lastIndexOf("aa"));
print(s.includes("cabd"), s.includes("cabd", 14), "aaaa".split("aa"), "a,b,,c".split(","), "aabaab".split("aab"));
print("aaaaab".replace("aab", "X"), "abababab".replaceAll("aba", "-"), "😀x😀".indexOf("x"), "😀x😀".lastIndexOf("\ude00"));
const hay = "a".repeat(200000) + "b";
const needle = "a".repeat(1000) + "b";
print(hay.indexOf(needle), hay.lastIndexOf(needle), hay.includes(needle + "c"), hay.split(needle).length);
/* expected
3 10 -1 3 16
10 3 0 0 -1
16 4 -1 1
true false ,, a,b,,c ,,
aaaX -b-b 2 4
199000 199000 false 2
*/
