class Secret {
  #value = 5;
  #double() { return this.#value * 2; }
  get #squared() { return this.#value * this.#value; }
  set #squared(v) { this.#value = Math.sqrt(v); }
  run() {
    const before = [this.#double(), this.#squared];
    this.#squared = 49;
    return before.join(",") + " -> " + this.#value;
  }
}
print(new Secret().run());
print(Object.getOwnPropertyNames(Secret.prototype).join(","));
/* expected
10,25 -> 7
constructor,run
*/
