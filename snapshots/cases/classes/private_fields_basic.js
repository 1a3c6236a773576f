class Account {
  #balance = 0;
  #owner;
  constructor(owner) { this.#owner = owner; }
  deposit(n) { this.#balance += n; return this; }
  get balance() { return this.#balance; }
  describe() { return this.#owner + ":" + this.#balance; }
  static compare(a, b) { return a.#balance - b.#balance; }
}
const a = new Account("ann").deposit(10).deposit(5);
const b = new Account("bob").deposit(3);
print(a.balance, a.describe(), b.describe());
print(Account.compare(a, b), Object.keys(a).length, a.balance === 15);
print("#balance" in a, a["#balance"]);
/* expected
15 ann:15 bob:3
12 0 true
false undefined
*/
