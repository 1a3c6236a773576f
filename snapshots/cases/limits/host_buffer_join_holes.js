// limits: memory=4194304
// Separators between holes count too.
print("start");
new Array(1e6).join("x".repeat(100));
// expect-verdict: out_of_memory
/* expected
start
*/
