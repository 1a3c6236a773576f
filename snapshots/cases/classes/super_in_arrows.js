// super() and super.x inside arrow functions: an arrow in a derived
// constructor may call super() (once: a second call is a ReferenceError
// after the parent ran), fields run when it does, and `this` is bound for
// the constructor and every arrow; arrows in field initializers and static
// blocks see the class's super.
const log = [];
class Base {
  constructor(x) {
    log.push(`Base(${x})`);
    this.x = x;
  }
  greet() { return "base greet"; }
  static make() { return "base make"; }
}
class Derived extends Base {
  field = log.push("field") && this.x * 2;
  constructor(x, twice) {
    const early = () => this;
    try { early(); } catch (e) { log.push(e.name); }
    const init = (...args) => super(...args);
    init(x);
    log.push(`this.x=${this.x} field=${this.field} early=${early() === this}`);
    if (twice) {
      try { (() => super(0))(); } catch (e) { log.push(`${e.name}: ${e.message}`); }
    }
  }
  arrowField = () => super.greet();
  static arrowStatic = () => super.make();
  static { log.push(`static block: ${(() => super.make())()}`); }
}
print(log.splice(0).join(", "));
const d = new Derived(4, true);
print(log.splice(0).join(", "));
print(d.arrowField(), Derived.arrowStatic(), d.x, d.field);

class Nested extends Base {
  constructor() {
    const outer = () => { const inner = () => super(9); return inner(); };
    print(outer() === this, new.target === Nested);
  }
}
print(new Nested().x);

class Forgets extends Base {
  constructor() { const never = () => super(1); }
}
try { new Forgets(); } catch (e) { print(e.name); }
class Overrides extends Base {
  constructor() { const never = () => super(1); return { replaced: true }; }
}
print(JSON.stringify(new Overrides()));
class Late extends Base {
  constructor() { const later = () => super(2); later(); return; }
}
print(new Late().x, log.splice(0).join());

/* expected
static block: base make
ReferenceError, Base(4), field, this.x=4 field=8 early=true, Base(0), ReferenceError: Super constructor may only be called once
base greet base make 4 8
true true
9
ReferenceError
{"replaced":true}
2 Base(9),Base(2)
*/
