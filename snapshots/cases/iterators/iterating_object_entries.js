const inventory = { apples: 3, pears: 0, plums: 7 };
for (const key of Object.keys(inventory)) print(key);
let total = 0;
for (const v of Object.values(inventory)) total += v;
print(total);
const nonEmpty = [];
for (const [name, count] of Object.entries(inventory)) if (count > 0) nonEmpty.push(name);
print(nonEmpty);
try { for (const x of inventory) {} } catch (e) { print(e.name); }
/* expected
apples
pears
plums
10
apples,plums
TypeError
*/
