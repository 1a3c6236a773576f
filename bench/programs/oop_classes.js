// OOP with classes: a base class and three subclasses with overridden
// methods, getters, setters, static members and super calls; many
// instances updated and queried through virtual dispatch in a loop.
class Shape {
  static count = 0;
  constructor(id, x, y) { this.id = id; this.x = x; this.y = y; Shape.count++; }
  get area() { return 0; }
  get perimeter() { return 0; }
  move(dx, dy) { this.x += dx; this.y += dy; return this; }
  scale(k) { return this; }
  describe() { return (this.id * 7 + Math.round(this.area)) | 0; }
  weight() { return this.area + this.perimeter; }
}
class Circle extends Shape {
  constructor(id, x, y, r) { super(id, x, y); this.r = r; }
  get area() { return 3 * this.r * this.r; }
  get perimeter() { return 6 * this.r; }
  scale(k) { this.r = this.r * k; return this; }
  describe() { return super.describe() + 1; }
}
class Rect extends Shape {
  constructor(id, x, y, w, h) { super(id, x, y); this.w = w; this.h = h; }
  get area() { return this.w * this.h; }
  get perimeter() { return 2 * (this.w + this.h); }
  scale(k) { this.w *= k; this.h *= k; return this; }
  describe() { return super.describe() + 2; }
}
class Square extends Rect {
  constructor(id, x, y, s) { super(id, x, y, s, s); }
  get side() { return this.w; }
  set side(s) { this.w = s; this.h = s; }
  scale(k) { this.side = this.side * k; return this; }
  weight() { return super.weight() * 2; }
}
class Triangle extends Shape {
  #a; #b; #c;
  constructor(id, x, y, a, b, c) { super(id, x, y); this.#a = a; this.#b = b; this.#c = c; }
  get area() { const s = (this.#a + this.#b + this.#c) / 2; return Math.sqrt(Math.max(0, s * (s - this.#a) * (s - this.#b) * (s - this.#c))); }
  get perimeter() { return this.#a + this.#b + this.#c; }
  scale(k) { this.#a *= k; this.#b *= k; this.#c *= k; return this; }
}

let seed = 12345;
function rand(n) { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return ((seed >>> 16) & 0x7fff) % n; }

function make(id) {
  switch (rand(4)) {
    case 0: return new Circle(id, rand(100), rand(100), 1 + rand(10));
    case 1: return new Rect(id, rand(100), rand(100), 1 + rand(10), 1 + rand(10));
    case 2: return new Square(id, rand(100), rand(100), 1 + rand(10));
    default: return new Triangle(id, rand(100), rand(100), 3 + rand(3), 4 + rand(3), 5 + rand(3));
  }
}

let check = 0;
for (let round = 0; round < 11; round++) {
  const shapes = [];
  for (let i = 0; i < 2000; i++) shapes.push(make(i));
  for (let step = 0; step < 10; step++) {
    let total = 0;
    for (let i = 0; i < shapes.length; i++) {
      const s = shapes[i];
      s.move(1, -1);
      if ((i + step) % 5 === 0) s.scale(step % 2 === 0 ? 2 : 0.5);
      total += s.weight() + s.describe();
      if (s instanceof Rect) total += s.x; else if (s instanceof Circle) total -= s.y;
    }
    check = (check * 31 + Math.round(total)) % 1000000007;
  }
}
print(check, Shape.count);
