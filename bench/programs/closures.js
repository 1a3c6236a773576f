// Calls 100 closures 20 000 times each from a for-of loop; each closure
// updates a captured variable.
function make(n) { let c = 0; return () => { c += n; return c; }; }
const fs = [];
for (let i = 0; i < 100; i++) fs.push(make(i));
let t = 0;
for (let k = 0; k < 20000; k++) for (const f of fs) t = (t + f()) % 1000003;
print(t);
