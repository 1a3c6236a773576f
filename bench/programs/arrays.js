// Pushes a million numbers, then sums the multiples of 3 five times with
// indexed reads and `length` checks.
const a = [];
for (let i = 0; i < 1000000; i++) a.push(i * 2);
let s = 0;
for (let k = 0; k < 5; k++) for (let i = 0; i < a.length; i++) if (a[i] % 3 === 0) s += a[i];
print(s);
