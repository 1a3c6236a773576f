// limits: memory=4194304
// concat with many arguments reserves the whole result before copying: 8
// copies of a 512 Ki-unit string need 8 MiB.
const s = "x".repeat(1 << 16);
print(s.concat(s, s, s).length);
const big = "x".repeat(1 << 19);
big.concat(big, big, big, big, big, big, big);
// expect-verdict: out_of_memory
/* expected
262144
*/
