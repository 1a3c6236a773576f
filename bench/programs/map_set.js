// Map and Set heavy work: word counting, manual set unions, intersections and
// differences, deletes and re-inserts, and iteration over entries, keys and
// values.
let seed = 99;
function rand(n) { seed = (Math.imul(seed, 1664525) + 1013904223) | 0; return (seed >>> 8) % n; }

const syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu"];
const vocab = [];
for (let i = 0; i < 600; i++) {
  let w = "";
  for (let k = 0, n = 1 + (i % 3); k <= n; k++) w += syllables[(i * (k + 3) + k * 7) % syllables.length];
  vocab.push(w + (i % 50));
}

let check = 0;
for (let round = 0; round < 12; round++) {
  // Count words in a generated text.
  const counts = new Map();
  for (let i = 0; i < 12000; i++) {
    const w = vocab[rand(vocab.length) % (200 + round * 60)];
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  let top = "", topCount = 0;
  for (const [w, c] of counts) if (c > topCount || (c === topCount && w < top)) { top = w; topCount = c; }
  check = (Math.imul(check, 31) + counts.size * 1000 + topCount + top.length) | 0;

  // Numeric sets: union, intersection, difference done by hand.
  const a = new Set(), b = new Set();
  for (let i = 0; i < 5000; i++) { a.add(rand(8000)); b.add(rand(8000) + 2000); }
  const union = new Set(a);
  for (const x of b) union.add(x);
  const inter = new Set();
  for (const x of a) if (b.has(x)) inter.add(x);
  const diff = new Set();
  for (const x of a) if (!b.has(x)) diff.add(x);
  let s = 0;
  for (const x of inter) s += x;
  check = (Math.imul(check, 31) + union.size + inter.size * 7 + diff.size * 13 + s) | 0;

  // Delete and re-insert: order of insertion changes with each pass.
  const m = new Map();
  for (let i = 0; i < 3000; i++) m.set("k" + i, i);
  for (let pass = 0; pass < 4; pass++) {
    for (let i = pass; i < 3000; i += 3) {
      const k = "k" + i;
      const v = m.get(k);
      m.delete(k);
      m.set(k, v + pass);
    }
    let pos = 0, acc = 0;
    for (const [k, v] of m.entries()) { acc = (acc + v * (pos++ % 17) + k.length) | 0; if (pos > 500) break; }
    check = (Math.imul(check, 31) + acc) | 0;
  }
  let keysLen = 0;
  for (const k of m.keys()) keysLen += k.length;
  let vals = 0;
  for (const v of m.values()) vals += v;
  m.forEach((v, k) => { if (v % 100 === 0) m.delete(k); });

  // Objects as keys, and a Set of strings built from them.
  const owners = new Map();
  const objs = [];
  for (let i = 0; i < 1000; i++) objs.push({ id: i });
  for (let i = 0; i < 4000; i++) {
    const o = objs[rand(objs.length)];
    const set = owners.get(o);
    if (set === undefined) owners.set(o, new Set(["t" + (i % 20)]));
    else set.add("t" + (i % 20));
  }
  let tagTotal = 0;
  for (const [o, tags] of owners) tagTotal += o.id % 7 + tags.size;
  check = (Math.imul(check, 31) + keysLen + vals + m.size + owners.size + tagTotal) | 0;
}
print(check >>> 0);
