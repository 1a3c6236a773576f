// Array.prototype.toLocaleString invokes each element's toLocaleString
// with the element (a primitive too) as `this`; undefined and null are
// empty.
const calls = [];
const item = { toLocaleString() { calls.push("item"); return "I"; } };
print([1, undefined, item, null, "s", true].toLocaleString(), calls.join(","));
Boolean.prototype.toLocaleString = function () { return typeof this; };
print([true, false].toLocaleString());
try {
  [{ toLocaleString: 42 }].toLocaleString();
} catch (e) {
  print(e.name);
}
print(Object.getOwnPropertyNames(Array.prototype).includes("toLocaleString"), [].toLocaleString.length);

// A result array longer than 2^32 - 1 is a RangeError before any element
// is visited.
let visited = 0;
const huge = { length: 2 ** 32, 0: "x" };
for (const name of ["map", "slice"]) {
  try {
    Array.prototype[name].call(huge, () => visited++);
  } catch (e) {
    print(name, e.name, visited);
  }
}
