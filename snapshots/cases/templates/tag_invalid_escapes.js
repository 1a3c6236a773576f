function tag(strings) {
  return strings.map((c, i) => String(c) + "/" + strings.raw[i]).join(" ; ");
}
print(tag`\unicode and \u{110000}`);
print(tag`ok ${1} \xZZ ${2} fine`);
print(tag`\01`);
function cookedUndefined(s) { return s[0] === undefined; }
print(cookedUndefined`\u{`, cookedUndefined`\u0041`);
/* expected
undefined/\unicode and \u{110000}
ok /ok  ; undefined/ \xZZ  ;  fine/ fine
undefined/\01
true false
*/
