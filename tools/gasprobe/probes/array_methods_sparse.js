const like = { length: 2 ** 40 };
for (let i = 0; i < 100; i++) like[2 ** 33 + i * 7] = i;
let n = 0;
n += Array.prototype.lastIndexOf.call(like, 50);
n += Array.prototype.indexOf.call({ length: 3e5 }, 1);
