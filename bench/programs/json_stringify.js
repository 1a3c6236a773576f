// JSON.stringify of a ~1 MB document, ten times (the build is a small share).
const items = [];
for (let i = 0; i < 8000; i++) {
  items.push({ id: i, name: "item number " + i, tags: ["alpha", "beta", "gamma"], price: i * 1.25, active: i % 2 === 0, nested: { x: i, y: "value " + i } });
}
let total = 0;
for (let round = 0; round < 10; round++) total += JSON.stringify(items).length;
print(total);
