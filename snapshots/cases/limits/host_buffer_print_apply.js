// limits: output=100
// print writes each argument as it goes: the output limit ends the run
// at the hundredth byte, before a line of 2 000 arguments is ever built.
const piece = "x".repeat(60);
print.apply(null, new Array(2000).fill(piece));
// expect-verdict: output_limit
/* expected
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx*/
