class Shape {
  constructor() { this.made = new.target.name; }
}
class Circle extends Shape {}
print(new Shape().made, new Circle().made);
function F() { return new.target === undefined ? "call" : "new"; }
print(F(), new F() instanceof F);
class Abstract {
  constructor() { if (new.target === Abstract) throw new TypeError("abstract!"); }
}
class Concrete extends Abstract {}
try { new Abstract(); } catch (e) { print(e.message); }
print(new Concrete() instanceof Abstract);
function G() { return new.target; }
print(new G() === G, G() === undefined);
/* expected
Shape Circle
call true
abstract!
true
true true
*/
