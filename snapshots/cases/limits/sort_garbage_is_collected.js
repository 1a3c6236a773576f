// limits: memory=1048576
// The strings a default sort compares are garbage after each comparison.
const a = [];
for (let i = 0; i < 2000; i++) a.push((i * 7919) % 2000);
a.sort();
print(a.slice(0, 5).join(), a.length);
// expect-verdict: completed
/* expected
0,1,10,100,1000 2000
*/
