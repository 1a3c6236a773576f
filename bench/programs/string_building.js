// Building strings: += concatenation in loops, template literals, Array
// join, repeat, padStart/padEnd, assembling a large CSV-like text and
// hashing it.
let seed = 11;
function rand(n) { seed = (Math.imul(seed, 1664525) + 1013904223) | 0; return (seed >>> 8) % n; }
function hash(s) {
  let h = 2166136261 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const products = ["widget", "gadget", "doohickey", "sprocket", "gizmo", "thingamajig"];
let check = 0;
for (let round = 0; round < 5; round++) {
  // Concatenation with +=, row by row.
  let csv = "id,product,qty,price,total,code\n";
  for (let i = 0; i < 3000; i++) {
    const qty = 1 + rand(20), cents = 99 + rand(10000);
    const price = Math.floor(cents / 100) + "." + String(cents % 100).padStart(2, "0");
    const total = qty * cents;
    csv += i + "," + products[rand(products.length)] + "," + qty + "," + price + "," +
      Math.floor(total / 100) + "." + String(total % 100).padStart(2, "0") + "," + ("X" + i.toString(16)).padEnd(8, "_") + "\n";
  }
  // Template literals into an array, then join.
  const parts = [];
  for (let i = 0; i < 3000; i++) {
    const p = products[i % products.length];
    parts.push(`<tr class="${i % 2 ? "odd" : "even"}"><td>${i}</td><td>${p.toUpperCase()}</td><td>${"*".repeat(i % 7)}</td></tr>`);
  }
  const html = "<table>" + parts.join("\n") + "</table>";
  // A fixed-width report built with padStart/padEnd and repeat.
  const lines = [];
  const rule = "+" + "-".repeat(12) + "+" + "-".repeat(10) + "+";
  lines.push(rule);
  for (let i = 0; i < 1500; i++) {
    lines.push("|" + products[(i * 7) % products.length].padEnd(12) + "|" + String(rand(1000000)).padStart(10, " ") + "|");
    if (i % 50 === 49) lines.push(rule);
  }
  const report = lines.join("\n");
  // Build a string char by char and reverse it in chunks.
  let s = "";
  for (let i = 0; i < 6000; i++) s += String.fromCharCode(97 + (i * 13) % 26);
  let rev = "";
  for (let i = s.length; i > 0; i -= 100) rev += s.slice(Math.max(0, i - 100), i);
  check = (Math.imul(check, 31) + csv.length + html.length + report.length + rev.length) | 0;
  check = (check ^ hash(csv) ^ hash(html) ^ hash(report) ^ hash(rev)) | 0;
}
print(check >>> 0);
