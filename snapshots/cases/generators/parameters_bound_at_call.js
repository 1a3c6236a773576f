function* g(a, b = a * 2, ...rest) {
  print("body starts");
  yield a + b + rest.length;
}
const it = g(1);
print("created");
print(it.next().value);
function* bad(x = (() => { throw new Error("default threw"); })()) { print("never"); yield 1; }
try {
  bad();
  print("no error");
} catch (e) { print("at call:", e.message); }
function* destructured({ k }) { yield k; }
try { destructured(null); } catch (e) { print(e.name); }
print(destructured({ k: "K" }).next().value);
/* expected
created
body starts
3
at call: default threw
TypeError
K
*/
