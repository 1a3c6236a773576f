// limits: gas=200000
const items = [1, 2, 3];
items.forEach((x) => {
  print("item", x);
  if (x === 2) {
    try { while (true) {} } catch (e) { print("caught"); }
  }
});
print("done");
// expect-verdict: out_of_gas
/* expected
item 1
item 2
*/
