// limits: gas=1000000 memory=1048576
// findLast and findLastIndex walk a huge array-like from its end, making
// index keys past 2^32 - 2 on the fly: they neither keep the keys nor grow
// past the budget, and a search that finds nothing runs out of gas.
const huge = { length: 2 ** 53 - 1, [2 ** 53 - 2]: 7 };
print(Array.prototype.findLast.call(huge, (v) => v === 7), Array.prototype.findLastIndex.call(huge, (v) => v === 7));
Array.prototype.findLastIndex.call(huge, (v) => v === 8);
// expect-verdict: out_of_gas
/* expected
7 9007199254740990
*/
