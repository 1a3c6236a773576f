class A { who() { return "A"; } constructor(x) { this.trail = ["A" + x]; } }
class B extends A {
  constructor(x) { super(x + 1); this.trail.push("B" + x); }
  who() { return "B>" + super.who(); }
}
class C extends B {
  constructor(x) { super(x * 10); this.trail.push("C" + x); }
  who() { return "C>" + super.who(); }
}
const c = new C(2);
print(c.trail.join(" "), c.who());
print(c instanceof A, c instanceof B, A.prototype.isPrototypeOf(c));
/* expected
A21 B20 C2 C>B>A
true true true
*/
