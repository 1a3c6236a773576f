function Account(owner, balance) {
  this.owner = owner;
  this.balance = balance || 0;
  this.history = [];
}
Account.prototype.deposit = function (amt) {
  if (amt <= 0) throw new RangeError("deposit must be positive");
  this.balance += amt;
  this.history.push("+" + amt);
  return this;
};
Account.prototype.withdraw = function (amt) {
  if (amt > this.balance) throw new Error("insufficient funds");
  this.balance -= amt;
  this.history.push("-" + amt);
  return this;
};
Account.prototype.toString = function () { return `${this.owner}: ${this.balance}`; };
function Savings(owner, balance, rate) { Account.call(this, owner, balance); this.rate = rate; }
Savings.prototype = Object.create(Account.prototype);
Savings.prototype.constructor = Savings;
Savings.prototype.addInterest = function () { return this.deposit(Math.round(this.balance * this.rate)); };
const a = new Account("alice", 100);
const s = new Savings("bob", 1000, 0.05);
a.deposit(50).withdraw(30);
s.addInterest().withdraw(50);
print(a, s);
print(a.history.join(" "), s.history.join(" "));
try { a.withdraw(1000); } catch (e) { print(e.message); }
try { a.deposit(-5); } catch (e) { print(e.name, e.message); }
print(s instanceof Account, a instanceof Savings, String(a));
function transfer(from, to, amt) {
  try { from.withdraw(amt); to.deposit(amt); return true; } catch (e) { return false; }
}
print(transfer(s, a, 500), transfer(a, s, 10000), `${a} | ${s}`);
/* expected
alice: 120 bob: 1000
+50 -30 +50 -50
insufficient funds
RangeError deposit must be positive
true false alice: 120
true false alice: 620 | bob: 500
*/
