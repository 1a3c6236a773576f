// limits: gas=300000 stack=100
function recurse() { return recurse(); }
print("looping over stack overflows");
let caught = 0;
while (true) {
  try { recurse(); } catch (e) { caught++; }
}
// expect-verdict: out_of_gas
/* expected
looping over stack overflows
*/
