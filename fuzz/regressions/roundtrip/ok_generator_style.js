var v0 = 0, v1 = "s", v2 = [1, 2, 3], v3 = {a: 1, b: [2], c: "x"};
function tag(s, ...v) { return s.raw.join("|") + "/" + s.map(String).join("|") + "/" + v.length; }
class C1 extends Array {
static #q0 = (-0);
#q1(p2, ...p3) { return (#q0 in (this)); }
get "a"() { throw new Error("getter a"); }
static { print((typeof (this.length))); }
}
function* f4(p5 = v2, {"b": [l6, , ...l7], ...l8} = v3) {
for (let i9 = 0; i9 < 3; i9++) {
(yield ((i9) ** (2 ** 53)));
}
return l6;
}
try {
print([...f4()], tag`a${v1}\unicode`, Array.prototype.splice.call(({length: 2 ** 53 - 1}), 0, 0, 1));
} catch (e10) { print("caught", e10 instanceof Error ? e10.name + ": " + e10.message : typeof e10); }
try {
print(Array.prototype.join.call(({length: 2, get 0() { throw new Error("index getter") }, 1: 1})));
} catch (e11) { print("caught", e11 instanceof Error ? e11.name + ": " + e11.message : typeof e11); }
print(JSON.stringify(Object.groupBy("\ud800abc".repeat(3), (p12) => (p12 < "b"))), /(?<x>\d+)-\k<x>/.exec("12-12")?.groups.x);
{ let w13 = 0; while (w13++ < 4 && ((v0 += 1) < 3)) { print(`${v0}\u{1F600}`, (-0) === 0, Object.is(-0, 0)); } }
