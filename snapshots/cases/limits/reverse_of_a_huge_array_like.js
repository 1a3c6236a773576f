// limits: gas=1000000 memory=1048576
// reverse swaps from both ends of a huge array-like: the index keys it
// makes past 2^32 - 2 are not kept, and it runs out of gas, not memory.
const a = { length: 2 ** 53 - 1, 0: "first", [2 ** 53 - 2]: "last" };
Array.prototype.reverse.call(a);
// expect-verdict: out_of_gas
/* expected
*/
