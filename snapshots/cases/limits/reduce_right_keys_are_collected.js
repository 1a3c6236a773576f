// limits: gas=1000000 memory=1048576
Array.prototype.reduceRight.call({ length: 2 ** 53 - 1 }, (a, b) => a, 0);
// expect-verdict: out_of_gas
/* expected
*/
