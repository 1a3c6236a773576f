class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  static of([x, y]) { return new Vec(x, y); }
  add({ x, y }) { return new Vec(this.x + x, this.y + y); }
  scale(k) { return new Vec(this.x * k, this.y * k); }
  get length() { return Math.sqrt(this.x ** 2 + this.y ** 2); }
  *[Symbol.iterator]() { yield this.x; yield this.y; }
  [Symbol.toPrimitive](hint) { return hint === "number" ? this.length : `Vec(${this.x}, ${this.y})`; }
  get [Symbol.toStringTag]() { return "Vec"; }
}
const path = [[1, 2], [3, 4], [-1, 0]].map(Vec.of);
let pos = new Vec(0, 0);
for (const step of path) pos = pos.add(step);
print(`${pos}`, +pos, Object.prototype.toString.call(pos));
const [px, py] = pos.scale(2);
print(px, py, new Vec(3, 4) > 4, Math.max(...new Vec(7, 9)));
/* expected
Vec(3, 6) 6.708203932499369 [object Vec]
6 12 true 9
*/
