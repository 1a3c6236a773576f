const cases = [
  () => null.x,
  () => undefined.x,
  () => { const u = undefined; return u.y.z; },
  () => { null.x = 1; },
  () => { const n = 5; n(); },
  () => { ({}).notAFunction(); },
  () => new (5)(),
  () => { const o = {}; o.a.b = 1; },
  () => Symbol() + 1,
  () => new Symbol(),
  () => [].forEach(5),
  () => { "abc".length = 1; },
  () => { const f = Object.create(null); return `${f}`; },
  () => 1 in 2,
  () => ({}) instanceof 3,
];
const names = [];
for (const c of cases) {
  try { c(); names.push("none"); } catch (e) { names.push(e instanceof TypeError ? "T" : e.name); }
}
print(names.join(""));
print(undefined?.x, null?.x.y);
/* expected
TTTTTTTTTTTTTTT
undefined undefined
*/
