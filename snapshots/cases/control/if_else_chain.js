function classify(n) {
  if (typeof n !== "number") return "not a number";
  else if (n !== n) return "NaN";
  else if (n < 0) return "negative";
  else if (n === 0) return 1 / n > 0 ? "zero" : "negative zero";
  else if (n < 10) return "small";
  else return "large";
}
const inputs = [-5, 0, -0, 3, 100, NaN, "7"];
for (const x of inputs) print(classify(x));
if (0) print("no"); else if ("") print("no"); else if ([]) print("empty array is truthy");
let r = "";
if (null) r = "a"; else { if (undefined) r = "b"; else r = "c"; }
print(r);
/* expected
negative
zero
negative zero
small
large
NaN
not a number
empty array is truthy
c
*/
