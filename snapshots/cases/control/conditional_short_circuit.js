const log = [];
const t = (v) => { log.push(v); return v; };
t(0) && t(1);
t(1) && t(2);
t(0) || t(3);
t(4) || t(5);
t(null) ?? t(6);
t(0) ?? t(7);
print(log.join(","));
log.length = 0;
const r = t(1) ? t("yes") : t("no");
print(r, log.join(","));
const o = null;
log.length = 0;
print(o?.a.b.c, o?.[t("k")], o?.m(t("arg")));
print(log.length);
const deep = { a: { b: null } };
print(deep.a.b?.c, deep.a?.b, deep.x?.y.z);
const fnHolder = { f: null };
print(fnHolder.f?.(), fnHolder.g?.());
/* expected
0,1,2,0,3,4,,6,0
yes 1,yes
undefined undefined undefined
0
undefined null undefined
undefined undefined
*/
