const it = ["x", "y"][Symbol.iterator]();
let step;
while (!(step = it.next()).done) print("got", step.value);
print(step.value);
const s = "hi"[Symbol.iterator]();
const results = [s.next(), s.next(), s.next(), s.next()];
print(results.map((r) => r.value + "/" + r.done).join(" "));
const entries = Object.entries({ a: 1 })[Symbol.iterator]();
print(entries.next().value.join("="));
/* expected
got x
got y
undefined
h/false i/false undefined/true undefined/true
a=1
*/
