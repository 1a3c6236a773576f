function* count(n) {
  for (let i = 0; i < n; i++) {
    const sent = yield i;
    if (sent) print("sent", sent);
  }
  return "end";
}
const g = count(3);
let r = g.next();
print(r.value, r.done);
r = g.next("hello");
print(r.value, r.done);
print([...count(4)].join());
for (const x of count(2)) print("of", x);
const g2 = count(5);
g2.next();
print(g2.return(99).value, g2.next().done);
function* withFinally() {
  try {
    yield 1;
    yield 2;
  } finally {
    print("cleanup");
  }
}
for (const v of withFinally()) { print(v); break; }
const g3 = withFinally();
g3.next();
try { g3.throw(new Error("boom")); } catch (e) { print("caught", e.message); }
function* catcher() {
  while (true) {
    try { yield "waiting"; } catch (e) { print("inside got", e); }
  }
}
const c = catcher();
c.next();
print(c.throw("x").value);
const obj = { *gen() { yield this === obj; } };
print(obj.gen().next().value);
print(typeof count(1).next, Object.prototype.toString.call(count(1)));
const gens = [];
for (let i = 0; i < 500; i++) { const gg = count(3); gg.next(); gens.push(gg); }
print(gens.length);
function* infinite() { let i = 0; while (true) yield i++; }
let total = 0;
for (const v of infinite()) { total += v; if (v === 100) break; }
print(total);
/* expected
0 false
sent hello
1 false
0,1,2,3
of 0
of 1
99 true
1
cleanup
cleanup
caught boom
inside got x
waiting
true
function [object Generator]
500
5050
*/
