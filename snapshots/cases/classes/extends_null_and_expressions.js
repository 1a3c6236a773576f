function mixin(Base) {
  return class extends Base { mixed() { return "mixed:" + this.base(); } };
}
class Root { base() { return "root"; } }
class Leaf extends mixin(Root) {}
print(new Leaf().mixed(), Leaf.name);
try { class Bad extends 5 {} } catch (e) { print(e.name); }
try { const notCtor = () => {}; class Bad2 extends notCtor {} } catch (e) { print(e.name); }
class N extends null {}
print(Object.getPrototypeOf(N.prototype) === null);
try { new N(); } catch (e) { print("extends null:", e.name); }
/* expected
mixed:root Leaf
TypeError
TypeError
true
extends null: TypeError
*/
