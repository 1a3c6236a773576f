const a = Array.from({ length: 50000 }, (_, i) => i);
let n = 0;
for (let i = 0; i < 10; i++) n += a.map(x => x * 2).filter(x => x % 3).reduce((s, x) => s + x, 0) + a.indexOf(49999) + a.slice(100).length + a.join(",").length;
