print("a\nb");
print("tab\there");
print("\x41\x42\x43", "\u0041", "\u{1F600}".length, "\u{10FFFF}".length);
print("quote \" and \' and \\");
print('single "double" inside');
print("\0".length, "\0".charCodeAt(0));
print("\b\f\v\r".length, "\v".charCodeAt(0), "\r".charCodeAt(0));
print("line \
continuation");
print("\u2028".length, "\u2028".charCodeAt(0));
print("\q\w".length, "\q");
print(String.fromCharCode(72, 105), String.fromCharCode(0x10041), String.fromCharCode(65.9, "66"));
print(String.fromCharCode(0xD83D, 0xDE00) === "😀", String.fromCharCode().length);
/* expected
a
b
tab	here
ABC A 2 2
quote " and ' and \
single "double" inside
1 0
4 11 13
line continuation
1 8232
2 q
Hi A AB
true 0
*/
