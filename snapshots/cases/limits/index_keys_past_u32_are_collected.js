// limits: gas=1000000 memory=1048576
// Indices past 2^32 - 2 are property names made on the fly; a scan over a
// huge array-like neither keeps them nor grows past the budget: it runs
// out of gas.
print(Array.prototype.lastIndexOf.call({ length: 2 ** 53 - 1, [2 ** 53 - 2]: 7 }, 7));
Array.prototype.lastIndexOf.call({ length: 2 ** 53 - 1 }, 0);
// expect-verdict: out_of_gas
/* expected
9007199254740990
*/
