class A {
  #x = 1;
  static read(o) { return o.#x; }
  static write(o) { o.#x = 2; }
  #m() { return "m"; }
  static call(o) { return o.#m(); }
}
class B { #x = 99; }
const probes = [
  () => A.read(new B()),
  () => A.write({}),
  () => A.call(new B()),
  () => A.read(new A()),
];
for (const p of probes) {
  try { print("ok", p()); } catch (e) { print(e.name); }
}
/* expected
TypeError
TypeError
TypeError
ok 1
*/
