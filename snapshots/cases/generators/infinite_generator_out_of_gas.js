// limits: gas=200000
function* naturals() { let n = 0; while (true) yield n++; }
let last = -1;
for (const n of naturals()) {
  if (n === 3) print("reached three");
  last = n;
}
print("never", last);
// expect-verdict: out_of_gas
/* expected
reached three
*/
