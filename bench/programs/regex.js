// A global match loop with captures and a replace with a function over
// ~1 MB of text.
const words = ["alpha", "beta", "gamma", "delta", "epsilon"];
let parts = [];
for (let i = 0; i < 40000; i++) parts.push(`${words[i % 5]}-${i} key${i % 97}=${(i * 7) % 1000};`);
const text = parts.join(" ");
const re = /key(\d+)=(\d+)/g;
let m;
let sum = 0;
let count = 0;
while ((m = re.exec(text)) !== null) {
  sum += Number(m[2]);
  count++;
}
const replaced = text.replace(/([a-z]+)-(\d+)/g, (all, word, n) => word.toUpperCase() + n.length);
print(text.length, count, sum, replaced.length);
