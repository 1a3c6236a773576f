function* count(n) { for (let i = 0; i < n; i++) yield i; }
let x = 0;
for (const v of count(3e5)) x = (x + v) | 0;
