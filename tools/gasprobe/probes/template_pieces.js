// Template literals joining large pieces (Concat copies every unit).
const a = "x".repeat(4096), b = "y".repeat(4096);
let n = 0;
for (let i = 0; i < 1e9; i++) n += `${a}-${b}-${a}-${i}`.length;
