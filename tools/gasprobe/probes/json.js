const doc = { list: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: "item" + i, tags: ["a", "b"], ok: i % 2 === 0 })) };
let n = 0;
for (let i = 0; i < 20; i++) n += JSON.parse(JSON.stringify(doc)).list.length;
