class Box {
  get value() { return 42; }
}
const b = new Box();
try {
  b.value = 1;
  print("no error");
} catch (e) {
  print(e.name, e instanceof TypeError);
}
print(b.value);
class SetOnly { set v(x) { this.stored = x; } }
const s = new SetOnly();
s.v = 7;
print(s.v, s.stored);
/* expected
TypeError true
42
undefined 7
*/
