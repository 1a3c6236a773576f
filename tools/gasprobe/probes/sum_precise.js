// Math.sumPrecise over 1 000 numbers of mixed magnitudes.
const xs = [];
for (let i = 0; i < 1000; i++) xs.push((i % 7 - 3) * 10 ** (i % 40 - 20));
let n = 0;
for (let i = 0; i < 1e9; i++) n += Math.sumPrecise(xs) + RegExp.escape("a.b(c)" + i).length;
