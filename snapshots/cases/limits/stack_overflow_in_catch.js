// limits: stack=60
function boom() { return boom(); }
function handler() {
  try {
    boom();
  } catch (e) {
    try { boom(); } catch (e2) { return "nested " + e2.name; }
  }
}
print(handler());
let overflowed = 0;
for (let i = 0; i < 5; i++) {
  try { boom(); } catch (e) { overflowed++; }
}
print(overflowed);
/* expected
nested RangeError
5
*/
