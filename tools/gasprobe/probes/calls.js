function add(a, b) { return a + b; }
let x = 0;
for (let i = 0; i < 5e5; i++) x = add(x, i) | 0;
