// Creates 300 000 small object literals and reads their properties.
let total = 0;
for (let i = 0; i < 300000; i++) {
  const p = { x: i, y: i + 1, z: i & 7 };
  total += p.x + p.y * p.z;
  if (p.z === 3 || p.x > 1000) total -= 1;
}
print(total);
