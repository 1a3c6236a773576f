const a = [];
for (let i = 0; i < 20000; i++) a.push((i * 7919) % 20011);
a.slice().sort((x, y) => x - y);
a.slice().sort();
