// limits: gas=1000000
// Splitting by a regex searches once from each piece's end instead of
// attempting a match at every position (each failed attempt used to pay
// for the rest of the string: 22 billion gas for a 1 MB text; 2.5 million here).
const text = "word ".repeat(4000);
print(text.split(/\s+/).length, text.split(/(o)/).length, "a1b2c3".split(/\d/).join("|"));
// A user-defined exec still sees the spec's sticky attempts, one per position.
class Logged extends RegExp {
  exec(s) { attempts.push(this.lastIndex); return super.exec(s); }
}
const attempts = [];
print(JSON.stringify("ab-cd".split(new Logged("-"))), attempts.join(","));
/* expected
4001 8001 a|b|c|
["ab","cd"] 0,1,2,3,4
*/
