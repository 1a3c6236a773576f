const orders = [
  { id: 1, customer: { name: "ann", tier: "gold" }, items: [{ sku: "a", qty: 2, price: 3 }] },
  { id: 2, customer: { name: "bob", tier: "basic" }, items: [{ sku: "b", qty: 1, price: 10 }, { sku: "a", qty: 1, price: 3 }] },
  { id: 3, customer: { name: "ann", tier: "gold" }, items: [] },
  { id: 4, customer: { name: "cy", tier: "gold" }, items: [{ sku: "c", qty: 5, price: 1 }] },
];
const byTier = {};
for (const { id, customer: { tier }, items } of orders) {
  let total = 0;
  for (const { qty, price } of items) total += qty * price;
  (byTier[tier] ??= []).push({ id, total });
}
for (const [tier, list] of Object.entries(byTier)) {
  print(tier, list.map(({ id, total }) => `#${id}=${total}`).join(" "));
}
const names = {};
for (const { customer: { name } } of orders) names[name] = (names[name] ?? 0) + 1;
print(Object.entries(names).map(([n, c]) => n + ":" + c).join(", "));
/* expected
gold #1=6 #3=0 #4=5
basic #2=13
ann:2, bob:1, cy:1
*/
