// limits: stack=500
let depth = 0;
function down() { depth++; down(); }
try {
  down();
} catch (e) {
  print(e instanceof RangeError, e.name, e.message);
}
print(depth > 100);
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
print(sum(100));
try { sum(100000); } catch (e) { print("again", e.name); }
print("continues");
/* expected
true RangeError Maximum call stack size exceeded
true
5050
again RangeError
continues
*/
