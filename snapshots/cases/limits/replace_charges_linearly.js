// limits: gas=8000000
// Replacing 20 000 matches charges for the text once, not once per match
// (which would cost about 25 million gas here), plus a fixed cost per match.
const text = "a".repeat(20000);
print(text.replace(/a/g, "b").length, text.replaceAll("a", "bc").length, text.replace(/a/g, () => "").length);
/* expected
20000 40000 0
*/
