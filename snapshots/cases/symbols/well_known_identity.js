const names = ["iterator", "hasInstance", "toPrimitive", "toStringTag"];
for (const n of names) {
  const s = Symbol[n];
  print(n, typeof s, s.description, Symbol.keyFor(s) === undefined);
}
const d = Object.getOwnPropertyDescriptor(Symbol, "iterator");
print(d.writable, d.enumerable, d.configurable);
/* expected
iterator symbol Symbol.iterator true
hasInstance symbol Symbol.hasInstance true
toPrimitive symbol Symbol.toPrimitive true
toStringTag symbol Symbol.toStringTag true
false false false
*/
