class Tokenizer {
  #src; #pos = 0;
  constructor(src) { this.#src = src; }
  static #isDigit(c) { return c >= "0" && c <= "9"; }
  static #isAlpha(c) { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_"; }
  *[Symbol.iterator]() {
    const s = this.#src;
    while (this.#pos < s.length) {
      const c = s[this.#pos];
      if (c === " ") { this.#pos++; continue; }
      let start = this.#pos;
      if (Tokenizer.#isDigit(c)) {
        while (Tokenizer.#isDigit(s[this.#pos] ?? "")) this.#pos++;
        yield { kind: "num", text: s.slice(start, this.#pos) };
      } else if (Tokenizer.#isAlpha(c)) {
        while (this.#pos < s.length && (Tokenizer.#isAlpha(s[this.#pos]) || Tokenizer.#isDigit(s[this.#pos]))) this.#pos++;
        yield { kind: "ident", text: s.slice(start, this.#pos) };
      } else { this.#pos++; yield { kind: "punct", text: c }; }
    }
  }
}
for (const { kind, text } of new Tokenizer("let x1 = 42+y*(7 - z);")) print(kind, text);
/* expected
ident let
ident x1
punct =
num 42
punct +
ident y
punct *
punct (
num 7
punct -
ident z
punct )
punct ;
*/
