// limits: gas=300000
// 3 000 nested arrays indented by 10 spaces would print ~90 million code
// units: the text is charged while it is written, so the run stops early
// instead of building 180 MB first.
let chain = [];
for (let i = 0; i < 3000; i++) chain = [chain];
print("built");
JSON.stringify(chain, null, 10);
print("unreachable");
// expect-verdict: out_of_gas
/* expected
built
*/
