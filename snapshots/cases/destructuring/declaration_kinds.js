const { a, b: renamed } = { a: 1, b: 2 };
let [x, y] = [3, 4];
var { z = 5 } = {};
print(a, renamed, x, y, z);
x = 30;
print(x);
try { assignConst(); } catch (e) { print(e.name); }
function assignConst() { const { q } = { q: 1 }; q = 2; }
for (var { k } of [{ k: "v1" }, { k: "v2" }]) {}
print(k);
/* expected
1 2 3 4 5
30
TypeError
v2
*/
