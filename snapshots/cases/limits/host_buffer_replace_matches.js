// limits: memory=4194304
// Every match of a global replace is held until the result is built.
print("start");
"a".repeat(1 << 20).replace(/a/g, "");
// expect-verdict: out_of_memory
/* expected
start
*/
