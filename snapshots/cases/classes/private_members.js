class Counter {
  #count = 0;
  static #instances = 0;
  #secret() { return "s" + this.#count; }
  get #double() { return this.#count * 2; }
  set #double(v) { this.#count = v / 2; }
  static #make() { return new Counter(); }
  constructor() { Counter.#instances++; }
  increment() { this.#count++; this.#count += 10; return this.#count; }
  reveal() { return this.#secret() + " " + this.#double; }
  setDouble(v) { this.#double = v; return this.#count; }
  static create() { return Counter.#make(); }
  static count() { return Counter.#instances; }
  static isCounter(o) { return #count in o; }
  steal(other) { return other.#count; }
}
const c = Counter.create();
print(c.increment(), c.reveal(), c.setDouble(40), Counter.count());
print(Counter.isCounter(c), Counter.isCounter({}), Object.keys(c).length);
try { c.steal({}); } catch (e) { print(e.name); }
class A { #x = 1; static getX(o) { return o.#x; } }
class B { #x = 2; static getX(o) { return o.#x; } }
try { A.getX(new B()); } catch (e) { print("different classes:", e.name); }
print(A.getX(new A()), B.getX(new B()));
const frozen = Object.freeze(new A());
print(A.getX(frozen));
class Sub extends Counter { #own = "sub"; get own() { return this.#own; } }
const sub = new Sub();
print(sub.own, sub.increment(), Counter.isCounter(sub));
/* expected
11 s11 22 20 1
true false 0
TypeError
different classes: TypeError
1 2
1
sub 11 true
*/
