class Base { constructor() { this.base = true; } }
class ReturnsObject extends Base {
  constructor() { super(); return { custom: 1 }; }
}
class ReturnsUndefined extends Base {
  constructor() { super(); return undefined; }
}
class ReturnsPrimitive extends Base {
  constructor() { super(); return 5; }
}
class NoSuper extends Base {
  constructor() { }
}
class NoSuperButObject extends Base {
  constructor() { return { plain: true }; }
}
const o = new ReturnsObject();
print(o.custom, o.base, o instanceof ReturnsObject);
print(new ReturnsUndefined().base);
try { new ReturnsPrimitive(); } catch (e) { print("primitive:", e.name); }
try { new NoSuper(); } catch (e) { print("nosuper:", e.name); }
print(new NoSuperButObject().plain);
/* expected
1 undefined false
true
primitive: TypeError
nosuper: ReferenceError
true
*/
