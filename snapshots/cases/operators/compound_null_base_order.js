const base = null;
const key = { toString() { print("key converted"); return "k"; } };
try {
  base[key] += 1;
} catch (e) {
  print(e.name);
}
try {
  base[key] ??= 1;
} catch (e) {
  print(e.name);
}
const o = { k: 1 };
o[key] += 1;
print(o.k);
/* expected
TypeError
TypeError
key converted
2
*/
