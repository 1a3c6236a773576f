const a = "x".repeat(50000) + "a", b = "x".repeat(50000) + "b";
let n = 0;
for (let i = 0; i < 2000; i++) n += (a < b ? 1 : 0) + (a === b ? 1 : 0) + a.localeCompare(b);
