function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.add = function (p) { return new Point(this.x + p.x, this.y + p.y); };
Point.prototype.toString = function () { return `(${this.x}, ${this.y})`; };
const p = new Point(1, 2).add(new Point(10, 20));
print(p, String(p), p.x);
print(p.constructor === Point, Object.getPrototypeOf(p) === Point.prototype);
print(Object.keys(p).join(), p.hasOwnProperty("add"), "add" in p);
function ReturnsObject() { this.a = 1; return { b: 2 }; }
function ReturnsPrimitive() { this.a = 1; return 5; }
print(new ReturnsObject().a, new ReturnsObject().b, new ReturnsPrimitive().a);
function NoArgs() { this.made = true; }
print(new NoArgs().made, (new NoArgs).made);
try { Point.prototype.add.call(null, p); } catch (e) { print(e.name); }
try { const m = { f() {} }; new m.f(); } catch (e) { print("method not constructor", e.name); }
try { new Math.max(); } catch (e) { print(e.name); }
/* expected
(11, 22) (11, 22) 11
true true
x,y false true
undefined 2 1
true true
TypeError
method not constructor TypeError
TypeError
*/
