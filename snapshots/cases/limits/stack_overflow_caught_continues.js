// limits: stack=50
function down(n) { return down(n + 1); }
try {
  down(0);
} catch (e) {
  print(e.name, e.message);
}
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print(depth(30));
try { down(0); } catch (e) { print("second overflow", e instanceof RangeError); }
print("still running");
/* expected
RangeError Maximum call stack size exceeded
30
second overflow true
still running
*/
