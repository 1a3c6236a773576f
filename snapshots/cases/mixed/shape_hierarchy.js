class Shape {
  constructor(name) { this.name = name; }
  area() { throw new Error("abstract area in " + this.name); }
  describe() { return this.name + " area=" + Math.round(this.area() * 100) / 100; }
}
class Rect extends Shape {
  constructor(w, h) { super("rect"); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
}
class Square extends Rect {
  constructor(s) { super(s, s); this.name = "square"; }
}
class Circle extends Shape {
  constructor(r) { super("circle"); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}
class Canvas {
  #shapes = [];
  add(...shapes) { this.#shapes.push(...shapes); return this; }
  *[Symbol.iterator]() { yield* this.#shapes; }
  *ofType(T) { for (const s of this) if (s instanceof T) yield s; }
}
const c = new Canvas().add(new Rect(2, 3), new Circle(1), new Square(4));
for (const s of c) print(s.describe());
print([...c.ofType(Rect)].map((s) => s.name).join(","));
try { new Shape("blob").describe(); } catch (e) { print(e.message); }
/* expected
rect area=6
circle area=3.14
square area=16
rect,square
abstract area in blob
*/
