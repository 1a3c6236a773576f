function tokenize(src) {
  const tokens = [];
  let num = "";
  for (const ch of src) {
    if ((ch >= "0" && ch <= "9") || ch === ".") { num += ch; continue; }
    if (num) { tokens.push(Number(num)); num = ""; }
    if (ch !== " ") tokens.push(ch);
  }
  if (num) tokens.push(Number(num));
  return tokens;
}
function evalRPN(src) {
  const stack = [];
  const ops = { "+": (a, b) => a + b, "-": (a, b) => a - b, "*": (a, b) => a * b, "/": (a, b) => a / b };
  for (const t of tokenize(src)) {
    if (typeof t === "number") { stack.push(t); continue; }
    if (!(t in ops)) throw new SyntaxError("unknown token " + t);
    if (stack.length < 2) throw new RangeError("stack underflow");
    const b = stack.pop(), a = stack.pop();
    stack.push(ops[t](a, b));
  }
  if (stack.length !== 1) throw new Error("bad expression");
  return stack.pop();
}
const programs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 0 /", "0.1 0.2 +", "1 +", "2 3 ^", "1 2"];
for (const p of programs) {
  try { print(p, "=>", evalRPN(p)); } catch (e) { print(p, "=>", e.name + ": " + e.message); }
}
/* expected
3 4 + => 7
5 1 2 + 4 * + 3 - => 14
2 3 4 * + => 14
1 0 / => Infinity
0.1 0.2 + => 0.30000000000000004
1 + => RangeError: stack underflow
2 3 ^ => SyntaxError: unknown token ^
1 2 => Error: bad expression
*/
