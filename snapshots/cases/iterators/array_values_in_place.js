// for-of over an array reads its elements in place; holes, growth,
// shrinking and length changes during the loop behave as the spec says.
const grow = [1, 2, 3];
const seen = [];
for (const x of grow) {
  seen.push(x);
  if (grow.length < 6) grow.push(x * 10);
}
print(seen.join(","));

const shrink = [1, 2, 3, 4, 5];
const kept = [];
for (const x of shrink) {
  kept.push(x);
  shrink.length = 3;
}
print(kept.join(","));

// A hole reads through the prototype chain.
Array.prototype[1] = "from the prototype";
const holes = [0, , 2];
print([...holes].join("|"));
delete Array.prototype[1];
print([...holes].map(String).join("|"));

// Elements changed ahead of the iterator are seen; keys and entries too.
const changed = ["a", "b", "c"];
const out = [];
for (const v of changed) {
  out.push(v);
  changed[2] = "C";
}
print(out.join(""), [...changed.keys()].join(""), JSON.stringify([...changed.entries()]));

// An array-like `this` through Array.prototype.values.
const like = { length: 2, 0: "x", 1: "y" };
print([...Array.prototype.values.call(like)].join(""));
