let bodyRan = false;
function* g(a = (() => { throw new RangeError("bad default"); })()) {
  bodyRan = true;
  yield a;
}
try {
  g();
} catch (e) {
  print("thrown by the call:", e.name, bodyRan);
}
function* h({ x }) {
  yield x;
}
try {
  h(null);
} catch (e) {
  print("destructuring at the call:", e.name);
}
const it = h({ x: 7 });
print(it.next().value);
/* expected
thrown by the call: RangeError false
destructuring at the call: TypeError
7
*/
