class TextStats {
  #words = [];
  constructor(text) {
    let cur = "";
    for (const ch of text + " ") {
      const lower = ch.toLowerCase();
      if (lower >= "a" && lower <= "z") cur += lower;
      else if (cur) { this.#words.push(cur); cur = ""; }
    }
  }
  get count() { return this.#words.length; }
  *frequencies() {
    const freq = {};
    for (const w of this.#words) freq[w] = (freq[w] ?? 0) + 1;
    yield* Object.entries(freq);
  }
  longest() {
    let best = "";
    for (const w of this.#words) if (w.length > best.length) best = w;
    return best;
  }
}
const t = new TextStats("The cat and the hat. The END, and... the cat!");
print(t.count, t.longest());
for (const [w, n] of t.frequencies()) if (n > 1) print(w, n);
/* expected
10 the
the 4
cat 2
and 2
*/
