// limits: memory=4194304
print("start");
String.raw({ raw: new Array(100).fill("x".repeat(1 << 18)) });
// expect-verdict: out_of_memory
/* expected
start
*/
