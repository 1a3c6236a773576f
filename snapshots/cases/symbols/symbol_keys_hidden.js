const secret = Symbol("secret");
const obj = { visible: 1, [secret]: "hidden", other: 2 };
print(Object.keys(obj).join(","));
print(Object.getOwnPropertyNames(obj).join(","));
const syms = Object.getOwnPropertySymbols(obj);
print(syms.length, syms[0] === secret, obj[syms[0]]);
let seen = [];
for (const k in obj) seen.push(k);
print(seen.join(","));
print(secret in obj, Object.hasOwn(obj, secret), Object.values(obj).length);
const copy = Object.assign({}, obj);
print(copy[secret]);
/* expected
visible,other
visible,other
1 true hidden
visible,other
true true 2
hidden
*/
