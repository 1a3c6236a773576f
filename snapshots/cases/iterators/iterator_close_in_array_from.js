function tracked(n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { return i < n ? { value: i++, done: false } : { value: undefined, done: true }; },
    return() { print("closed at", i); return {}; },
  };
}
try {
  Array.from(tracked(5), (x) => { if (x === 2) throw new Error("map failed"); return x; });
} catch (e) { print(e.message); }
print(Array.from(tracked(3)).join(","));
const [a, b] = tracked(10);
print(a, b);
/* expected
closed at 3
map failed
0,1,2
closed at 2
0 1
*/
