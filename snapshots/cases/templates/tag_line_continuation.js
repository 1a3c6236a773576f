function show(s) { return s[0].length + ":" + s.raw[0].length; }
print(show`a\
b`);
print(show`
`);
function crlf(s) { return s.raw[0].length; }
print(`a\
b`);
/* expected
2:4
1:1
ab
*/
