const big = {};
for (let i = 0; i < 20000; i++) big["k" + i] = i;
let n = 0;
for (let i = 0; i < 20; i++) n += Object.keys(big).length + Object.entries(big).length + Object.assign({}, big).k5 + Object.values(big).length;
