function* numberParser() {
  let digits = "";
  let results = [];
  while (true) {
    const ch = yield;
    if (ch === null) { if (digits) results.push(Number(digits)); return results; }
    if (ch >= "0" && ch <= "9") digits += ch;
    else if (digits) { results.push(Number(digits)); digits = ""; }
  }
}
function parse(text) {
  const p = numberParser();
  p.next();
  for (const ch of text) p.next(ch);
  return p.next(null).value;
}
print(parse("a12b345,,6"));
print(parse("none").length, parse("7"));
/* expected
12,345,6
0 7
*/
