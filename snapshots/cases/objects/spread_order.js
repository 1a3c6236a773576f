const a = { x: 1, y: 2 };
const b = { y: 20, z: 30 };
print(JSONish({ ...a, ...b }));
print(JSONish({ ...b, ...a }));
print(JSONish({ x: 0, ...a, x2: 5, x: 9 }));
print(JSONish({ ...null, ...undefined, ...5, ..."hi" }));
print(JSONish({ ...[7, 8] }));
let getterCalls = 0;
const withGetter = { get g() { getterCalls++; return "got"; } };
const copy = { ...withGetter };
print(copy.g, getterCalls, copy.g, getterCalls);
const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
print(JSONish({ ...child }));
const s = Symbol("s");
const withSym = { [s]: "sym", v: 1 };
const c2 = { ...withSym };
print(c2[s], Object.keys(c2).join());
function JSONish(o) { const parts = []; for (const k in o) parts.push(k + "=" + o[k]); return "{" + parts.join(",") + "}"; }
/* expected
{x=1,y=20,z=30}
{y=2,z=30,x=1}
{x=9,y=2,x2=5}
{0=h,1=i}
{0=7,1=8}
got 1 got 1
{own=2}
sym v
*/
