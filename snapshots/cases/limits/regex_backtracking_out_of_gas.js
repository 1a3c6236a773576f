// limits: gas=10000000
// Catastrophic patterns either answer at once (the linear engine needs no
// backtracking for them) or run out of gas, which no catch can stop.
print(/(a+)+$/.test("a".repeat(40) + "b"));
print(/(a|a)*b/.test("a".repeat(40)));
print(/^(\w+\s?)*$/.test("an example sentence that does not match at all!!!"));
try {
  /(a*)*\1b/.test("a".repeat(40));
  print("answered");
} catch (e) {
  print("caught", e);
} finally {
  print("finally runs?");
}
// expect-verdict: out_of_gas
/* expected
false
false
false
*/
