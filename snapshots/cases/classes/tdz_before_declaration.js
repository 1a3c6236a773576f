try {
  new Later();
} catch (e) {
  print(e.name);
}
class Later {}
print(typeof Later);
{
  try { print(typeof Inner); } catch (e) { print("typeof:", e.name); }
  class Inner {}
}
const C = class Self {
  static test() { return Self === C; }
};
print(C.test());
/* expected
ReferenceError
function
typeof: ReferenceError
true
*/
