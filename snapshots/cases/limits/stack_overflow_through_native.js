// limits: stack=100
function viaForEach() { [1].forEach(viaForEach); }
try {
  viaForEach();
} catch (e) {
  print(e instanceof RangeError, e.message);
}
function viaMap(n) { return [n].map((x) => viaMap(x + 1)); }
try { viaMap(0); } catch (e) { print("map", e.name); }
print("ok");
/* expected
true Maximum call stack size exceeded
map RangeError
ok
*/
