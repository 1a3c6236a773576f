function tag(strings, ...values) {
  return strings.join("|") + " / " + strings.raw.join("|") + " / " + values.join(",");
}
print(tag`a${1}b${2}c`);
print(tag`tab\t${"x"}\u0041`);
const sites = [];
function remember(s) {
  sites.push(s);
  return s;
}
for (let i = 0; i < 2; i++) remember`same site ${i}`;
remember`other site`;
print(sites[0] === sites[1], sites[0] === sites[2]);
const o = { name: "obj", m(s) { return this.name + ":" + s[0]; } };
print(o.m`hi`);
function raw(s) {
  return s.raw[0] + " " + (s[0] === undefined);
}
print(raw`\unicode`);
try {
  sites[0][0] = "changed";
} catch (e) {
  print(e.name);
}
print(sites[0].length, Array.isArray(sites[0].raw), sites[0][0]);
/* expected
a|b|c / a|b|c / 1,2
tab	|A / tab\t|\u0041 / x
true false
obj:hi
\unicode true
TypeError
2 true same site 
*/
