class Base {
  get kind() { return "base:" + this.id; }
  greet() { return "hi"; }
}
Base.prototype.shared = "from proto";
class Child extends Base {
  constructor() { super(); this.id = 7; }
  get kind() { return "child/" + super.kind; }
  info() { return [super.shared, super.greet === Base.prototype.greet, super.missing].join(","); }
  arrows() { return [1, 2].map((n) => super.greet() + n).join(" "); }
}
const c = new Child();
print(c.kind);
print(c.info());
print(c.arrows());
/* expected
child/base:7
from proto,true,
hi1 hi2
*/
