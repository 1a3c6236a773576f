function* inner() {
  const got = yield 1;
  print("inner got", got);
  try {
    yield 2;
  } catch (e) {
    print("inner caught", e);
    yield "recovered";
  } finally {
    print("inner finally");
  }
  return "inner result";
}
function* outer() {
  const r = yield* inner();
  print("outer got", r);
  yield* [10, 20];
  yield* "ab";
  return "outer done";
}
const g = outer();
const seen = [];
let r = g.next();
while (!r.done) { seen.push(r.value); r = g.next("v" + seen.length); }
print(seen.join(), r.value);
const t = outer();
t.next(); t.next("x");
print(t.throw("boom").value);

const u = outer();
u.next();
const ret = u.return("early");
print(ret.value, ret.done, u.next().done);
function* noThrow() { yield* { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { print("closed"); return {}; } }; } }; }
const n = noThrow();
n.next();
try { n.throw("x"); } catch (e) { print(e.name); }
const direct = { [Symbol.iterator]() { return { next() { return { value: 5, done: false, extra: "kept" }; } }; } };
function* passthrough() { yield* direct; }
print(passthrough().next().extra);
/* expected
inner got v1
inner finally
outer got inner result
1,2,10,20,a,b outer done
inner got x
inner caught boom
recovered
early true true
closed
TypeError
kept
*/
