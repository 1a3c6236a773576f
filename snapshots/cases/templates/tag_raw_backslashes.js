function raw(strings, ...subs) {
  let out = "";
  for (let i = 0; i < strings.raw.length; i++) {
    out += strings.raw[i];
    if (i < subs.length) out += subs[i];
  }
  return out;
}
print(raw`C:\new\table`);
print(raw`a\${b}`);
print(raw`x${1}\n${2}\t`);
print(raw`\u0041`.length);
/* expected
C:\new\table
a\${b}
x1\n2\t
6
*/
