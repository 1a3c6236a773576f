// limits: gas=100000
function spin() {
  let n = 0;
  try {
    while (true) n++;
  } finally {
    print("finally must not run");
  }
}
print("calling spin");
spin();
// expect-verdict: out_of_gas
/* expected
calling spin
*/
