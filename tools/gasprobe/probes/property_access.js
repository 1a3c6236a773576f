const o = { a: 1, b: 2, c: 3 };
let x = 0;
for (let i = 0; i < 1e6; i++) { o.a = i; x = (x + o.a + o.b + o.c) | 0; }
