// limits: gas=100000
print("start");
let i = 0;
while (true) {
  i++;
}
print("unreachable");
// expect-verdict: out_of_gas
/* expected
start
*/
