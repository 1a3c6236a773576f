const text = "the quick brown fox jumps over the lazy dog The End";
const lower = text.toLowerCase();
let word = "", words = [];
for (const ch of lower + " ") {
  if (ch === " ") { if (word) words.push(word); word = ""; } else word += ch;
}
print(words.length);
const counts = {};
for (const w of words) counts[w] = (counts[w] || 0) + 1;
print(counts.the, counts.fox, counts.cat);
let longest = "";
for (const w of words) if (w.length > longest.length) longest = w;
print(longest);
const vowels = "aeiou";
let vc = 0;
for (const ch of lower) if (vowels.indexOf(ch) >= 0) vc++;
print(vc);
const caps = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
print(caps.join(" "));
/* expected
11
3 1 undefined
quick
13
The Quick Brown Fox Jumps Over The Lazy Dog The End
*/
