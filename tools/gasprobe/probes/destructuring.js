let x = 0;
for (let i = 0; i < 2e5; i++) { const [a, b] = [i, i + 1]; const { p, q = 2 } = { p: a }; x = (x + a + b + p + q) | 0; }
