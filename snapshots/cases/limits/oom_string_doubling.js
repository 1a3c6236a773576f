// limits: memory=4000000
let s = "x";
print("doubling");
let rounds = 0;
while (true) {
  s += s;
  rounds++;
}
// expect-verdict: out_of_memory
/* expected
doubling
*/
