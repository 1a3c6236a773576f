// limits: memory=300000
function* g(a) {
  const local = [a, a + 1, a + 2];
  yield local;
}
const parked = [];
print("start");
for (let i = 0; ; i++) {
  const it = g(i);
  it.next();
  parked.push(it);
}
// expect-verdict: out_of_memory
/* expected
start
*/
