const s = "Hello, World";
print(s.at(-1), s.at(0), s.at(99), "😀x".codePointAt(0), "😀x".codePointAt(1), "ab".codePointAt(5));
print(s.lastIndexOf("o"), s.lastIndexOf("o", 5), s.lastIndexOf("zz"), "aaa".lastIndexOf(""), "abc".lastIndexOf("c", -5));
print(s.includes("World"), s.includes("world"), s.startsWith("Hell"), s.startsWith("World", 7), s.endsWith("World"), s.endsWith("Hello", 5));
print(s.substring(7), s.substring(5, 0), s.substring(-3, 2), s.substring(3, NaN));
print("a,b,,c".split(",").length, "a,b,,c".split(",", 2).join("|"), "abc".split("").join("|"), "abc".split().length, "".split(",").length, "".split("").length);
print("x".concat(1, null, [2, 3]), "5".padStart(3, "0"), "abc".padEnd(6, "12"), "abc".padStart(2), "abc".padEnd(5));
print("[" + "  hi \n\t".trim() + "]", "[" + "  hi  ".trimStart() + "]", "[" + "  hi  ".trimEnd() + "]");
print("ab".repeat(3), "x".repeat(0) === "", String.fromCodePoint(65, 0x1F600).length);
try { "a".repeat(-1); } catch (e) { print(e.name); }
try { String.fromCodePoint(-1); } catch (e) { print(e.name); }
/* expected
d H undefined 128512 56832 undefined
8 4 -1 3 -1
true false true true true true
World Hello He Hel
4 a|b a|b|c 1 1 0
x1null2,3 005 abc121 abc abc  
[hi] [hi  ] [  hi]
ababab true 3
RangeError
RangeError
*/
