const args = Array.from({ length: 1000 }, (_, i) => i);
let n = 0;
for (let i = 0; i < 500; i++) n += Math.max(...args) + Math.min.apply(null, args) + [...args, ...args].length;
