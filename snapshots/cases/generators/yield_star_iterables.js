function* g() {
  const a = yield* [1, 2];
  const b = yield* "xy";
  yield* [];
  return [a, b].join("|");
}
print([...g()].join(","));
const it = g();
let r;
while (!(r = it.next()).done) {}
print(r.value);
function* flatten(arr) {
  for (const x of arr) {
    if (Array.isArray(x)) yield* flatten(x);
    else yield x;
  }
}
print([...flatten([1, [2, [3, [4]], 5], [[6]]])].join(","));
/* expected
1,2,x,y
|
1,2,3,4,5,6
*/
