const m = new Map(), s = new Set();
for (let i = 0; i < 1e5; i++) { m.set("k" + (i % 5000), i); s.add(i % 7000); }
let n = 0;
for (const [k, v] of m) n += v;
for (const v of s) n += v;
