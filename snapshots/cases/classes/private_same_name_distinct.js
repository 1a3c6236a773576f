function make() {
  return class {
    #v;
    constructor(v) { this.#v = v; }
    get(o) { return o.#v; }
  };
}
const C1 = make();
const C2 = make();
const a = new C1("a");
const b = new C2("b");
print(a.get(a), b.get(b), a.get(new C1("c")));
try { a.get(b); } catch (e) { print(e.name); }
/* expected
a b c
TypeError
*/
