// limits: memory=4194304
print(Math.max.apply(null, { length: 3, 0: 1, 1: 5, 2: 2 }));
Math.max.apply(null, { length: 1e6 });
// expect-verdict: out_of_memory
/* expected
5
*/
