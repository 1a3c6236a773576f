const items = [
  { name: "widget", price: 2.5, qty: 10, tags: ["tools"] },
  { name: "gadget", price: 10, qty: 0, tags: ["tech", "tools"] },
  { name: "doohickey", price: 0.1, qty: 3, tags: [] },
  { name: "gizmo", price: 99.99, qty: 1 },
];
const inStock = items.filter((i) => i.qty > 0);
print(inStock.map((i) => i.name).join(", "));
let total = 0;
for (const i of items) total += i.price * i.qty;
print("total value", total);
const byTag = {};
for (const i of items) for (const t of i.tags ?? ["untagged"]) (byTag[t] ||= []).push(i.name);
for (const t in byTag) print(t + ":", byTag[t].join("/"));
const pad = (s, n) => { s = String(s); while (s.length < n) s += " "; return s; };
for (const i of items) print(pad(i.name, 10) + "|" + pad(i.qty, 3) + "|" + i.price);
print(items.map((i) => i.tags?.length ?? "none").join());
/* expected
widget, doohickey, gizmo
total value 125.28999999999999
tools: widget/gadget
tech: gadget
untagged: gizmo
widget    |10 |2.5
gadget    |0  |10
doohickey |3  |0.1
gizmo     |1  |99.99
1,2,0,none
*/
