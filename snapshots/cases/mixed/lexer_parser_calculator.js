function* lex(src) {
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " ") { i++; continue; }
    if (c >= "0" && c <= "9") {
      let n = 0;
      while (i < src.length && src[i] >= "0" && src[i] <= "9") n = n * 10 + Number(src[i++]);
      yield { t: "num", v: n };
    } else { i++; yield { t: c }; }
  }
  yield { t: "eof" };
}
class Parser {
  #it; #tok;
  constructor(src) { this.#it = lex(src); this.#next(); }
  #next() { this.#tok = this.#it.next().value; }
  #primary() {
    const { t, v } = this.#tok;
    if (t === "num") { this.#next(); return v; }
    if (t === "(") { this.#next(); const e = this.expr(); this.#next(); return e; }
    if (t === "-") { this.#next(); return -this.#primary(); }
    throw new SyntaxError("unexpected " + t);
  }
  #term() { let v = this.#primary(); while (this.#tok.t === "*" || this.#tok.t === "/") { const op = this.#tok.t; this.#next(); const r = this.#primary(); v = op === "*" ? v * r : v / r; } return v; }
  expr() { let v = this.#term(); while (this.#tok.t === "+" || this.#tok.t === "-") { const op = this.#tok.t; this.#next(); const r = this.#term(); v = op === "+" ? v + r : v - r; } return v; }
}
for (const src of ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - -2", "2 * (3 + (4 - 1)) * 2", "1 + *"]) {
  try { print(src, "=", new Parser(src).expr()); } catch (e) { print(src, "->", e.name, e.message); }
}
/* expected
1 + 2 * 3 = 7
(1 + 2) * 3 = 9
10 / 4 - -2 = 4.5
2 * (3 + (4 - 1)) * 2 = 24
1 + * -> SyntaxError unexpected *
*/
