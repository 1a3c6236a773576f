const rows = [["a", 1], ["b", 22]];
for (const [k, v] of rows) print(`${k}: ${v} (${v > 9 ? "big" : "small"})`);
const fmt = (x, y) => `(${x}, ${y})`;
print([[0, 1], [2, 3]].map(([x, y]) => fmt(x, y)).join(" "));
let s = "";
for (let i = 0; i < 3; i++) s += `${i}${i < 2 ? "," : ""}`;
print(s);
/* expected
a: 1 (small)
b: 22 (big)
(0, 1) (2, 3)
0,1,2
*/
