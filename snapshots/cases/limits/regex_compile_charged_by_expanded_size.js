// limits: gas=2000000
// A short pattern whose counted repetition expands to a large automaton
// pays for what compiling it costs (its expanded size), not its length.
print(/(?:[^a]){30}/u.test("b".repeat(30)));
new RegExp("(?:[^a]){3938}", "u");
print("not reached");
// expect-verdict: out_of_gas
/* expected
true
*/
