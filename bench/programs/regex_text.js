// Global regex work over a ~1 MB text: exec loops, replace with a function,
// match, split and test, on ASCII with some non-ASCII words.
const words = ["alpha", "Beta", "gamma", "Delta", "épée", "zeta", "Theta", "iota"];
const lines = [];
for (let i = 0; i < 20000; i++) {
  const w = words[i % words.length];
  lines.push(`${w} ${i} user${i % 97}@example.com ${w.toUpperCase()} #${(i * 7919) % 10007} end`);
}
const text = lines.join("\n");
let emails = 0;
const email = /\b(\w+)@(\w+)\.com\b/g;
for (let m = email.exec(text); m !== null; m = email.exec(text)) emails += m[1].length;
const replaced = text.replace(/\d+/g, (d) => String(d.length));
const capitals = text.match(/\b[A-Z][a-z]+\b/g).length;
const tokens = text.split(/\s+/).length;
let tagged = 0;
for (const line of lines) if (/#\d{3}\b/.test(line)) tagged++;
const sticky = /\w+/y;
let firstWords = 0;
for (const line of lines.slice(0, 5000)) {
  sticky.lastIndex = 0;
  if (sticky.test(line)) firstWords += sticky.lastIndex;
}
print(text.length, emails, replaced.length, capitals, tokens, tagged, firstWords);
