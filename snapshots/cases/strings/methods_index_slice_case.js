const s = "Hello, World";
print(s.indexOf("o"), s.indexOf("o", 5), s.indexOf("xyz"), s.indexOf(""), s.indexOf("", 100));
print(s.indexOf("World"), s.indexOf("world"), s.indexOf("l", -5));
print(s.slice(7), s.slice(0, 5), s.slice(-5, -1), s.slice(5, 2) === "");
print(s.toUpperCase(), s.toLowerCase());
print("straße".toUpperCase(), "ÀÉÎ".toLowerCase(), "ñ".toUpperCase());
print(s.charAt(0), s.charAt(100) === "", s.charAt(-1) === "", s.charAt(1.9));
print(s.charCodeAt(0), s.charCodeAt(100), s.charCodeAt());
print(s.length, s[s.length - 1], s[s.length]);
print("abc".toString(), "abc".valueOf(), new String("xy").toString());
print(String.prototype.toUpperCase.call(true), String.prototype.slice.call(12345, 1, 3));
/* expected
4 8 -1 0 12
7 -1 2
World Hello Worl true
HELLO, WORLD hello, world
STRASSE àéî Ñ
H true true e
72 NaN 72
12 d undefined
abc abc xy
TRUE 23
*/
