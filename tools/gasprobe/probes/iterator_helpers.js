// Iterator helpers over an array of 1 000 numbers: lazy chains and the
// methods that walk to the end.
const a = [];
for (let i = 0; i < 1000; i++) a.push(i);
let n = 0;
for (let i = 0; i < 1e9; i++) {
  n += a.values().map(x => x * 2).filter(x => x % 3).take(500).reduce((s, x) => s + x, 0);
  n += a.values().drop(10).chunks(7).toArray().length + (a.values().includes(999) ? 1 : 0);
  n += a.values().windows(50).find(w => w[0] === 900)[1] + a.values().join(",").length;
}
