function deep(k) { return deep(k + 1) + 1; }
let n = 0;
for (let i = 0; i < 20; i++) { try { deep(0); } catch (e) { n += e instanceof RangeError ? 1 : 0; } }
