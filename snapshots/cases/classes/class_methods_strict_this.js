class T {
  whoAmI() { return this === undefined ? "undefined" : typeof this; }
  static s() { return this === T; }
}
const t = new T();
const loose = t.whoAmI;
print(t.whoAmI(), loose());
print(T.s(), (0, T.s)());
const bound = loose.bind(42);
print(bound());
/* expected
object undefined
true false
number
*/
