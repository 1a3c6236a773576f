class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  sum() { return this.x + this.y; }
}
const Named = class Inner {
  who() { return Inner.name; }
};
const Anon = class {};
const p = new Point(2, 3);
print(p.sum(), p.x, p.y);
print(typeof Point, Point.name, Named.name, new Named().who(), Anon.name);
print(typeof Inner);
print(p instanceof Point, Object.getPrototypeOf(p) === Point.prototype);
print(Point.prototype.constructor === Point);
/* expected
5 2 3
function Point Inner Inner Anon
undefined
true true
true
*/
