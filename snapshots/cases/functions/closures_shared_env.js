function pair() {
  let v = 0;
  return [() => v, (x) => { v = x; }];
}
const p = pair();
const get = p[0], set = p[1];
set(5);
print(get());
const q = pair();
q[1](9);
print(get(), q[0]());
function late() {
  const f = () => value;
  let value = "assigned later";
  return f;
}
print(late()());
let gs = [];
for (let i = 0; i < 3; i++) {
  let local = i * i;
  gs.push(() => local += 1);
}
print(gs[2](), gs[2](), gs[0]());
function params(a) { return () => a++; }
const pa = params(10);
pa(); print(pa());
/* expected
5
5 9
assigned later
5 6 1
11
*/
