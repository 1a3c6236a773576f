function id(strings) { return strings; }
const seen = [];
for (let i = 0; i < 3; i++) seen.push(id`same ${i} site`);
print(seen[0] === seen[1], seen[1] === seen[2]);
const other = id`same ${0} site`;
print(other === seen[0]);
function f() { return id`in function`; }
print(f() === f());
const g = () => id`in function`;
print(g() === f());
/* expected
true true
false
true
false
*/
