const vals = [0, -0, NaN, "", "0", " ", "false", null, undefined, [], {}, 1, -1, Infinity, Symbol()];
const out = [];
for (const v of vals) out.push(Boolean(v) ? "T" : "F");
print(out.join(""));
print(!!new Boolean(false), Boolean(new Number(0)), Boolean(new String("")));
print(Boolean(), Boolean(!1), !!"false");
/* expected
FFFFTTTFFTTTTTT
true true true
false false true
*/
