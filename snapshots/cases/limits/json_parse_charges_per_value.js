// limits: gas=300000
// 200 000 values in 400 KB of text: parsing charges 1 gas per value on top
// of the text, so it runs out of gas where the text alone would fit.
const text = "[" + "0,".repeat(199999) + "0]";
print(text.length);
const values = JSON.parse(text);
print("unreachable", values.length);
// expect-verdict: out_of_gas
/* expected
400001
*/
