function tag(s) { return s[0] === undefined ? "undefined cooked" : s[0]; }
print(tag`\xG1`);
print(tag`\u{FFFFFF}`);
print(tag`\9`);
print(tag`\0`.length);
/* expected
undefined cooked
undefined cooked
undefined cooked
1
*/
