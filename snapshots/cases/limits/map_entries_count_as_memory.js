// limits: memory=2000000
const m = new Map();
print("start");
for (let i = 0; ; i++) m.set(i, i);
// expect-verdict: out_of_memory
/* expected
start
*/
