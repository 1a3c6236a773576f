class Money {
  constructor(amount, currency) { this.amount = amount; this.currency = currency; }
  [Symbol.toPrimitive](hint) {
    if (hint === "number") return this.amount;
    if (hint === "string") return this.amount + " " + this.currency;
    return this.amount;
  }
}
const a = new Money(5, "EUR"), b = new Money(7, "EUR");
print(a + b, `${a}`, String(b));
print(a < b, Math.max(a, b), a * 3);
print(a + "!");
/* expected
12 5 EUR 7 EUR
true 7 15
5!
*/
