function Base() { this.own1 = 1; }
Base.prototype.inherited = "p";
Base.prototype.shared = "s";
const b = new Base();
b.own2 = 2;
b.shared = "shadow";
const ks = [];
for (const k in b) ks.push(k + (b.hasOwnProperty(k) ? "*" : ""));
print(ks.join(","));
const proto = { p1: 1, hidden: 1 };
const child = Object.create(proto);
child.c1 = 1;
child.hidden = 2;
delete child.hidden;
const ck = [];
for (const k in child) ck.push(k);
print(ck.join(","));
const deleting = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in deleting) { seen.push(k); delete deleting.b; }
print(seen.join(","));
const sym = Symbol("s");
const withSym = { [sym]: 1, visible: 2 };
const sk = [];
for (const k in withSym) sk.push(k);
print(sk.join(","));
/* expected
own1*,own2*,shared*,inherited
c1,p1,hidden
a,c
visible
*/
