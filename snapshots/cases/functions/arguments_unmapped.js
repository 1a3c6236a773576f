function f(a, b) {
  a = 10;
  arguments[1] = 20;
  return [a, b, arguments[0], arguments[1], arguments.length].join();
}
print(f(1, 2));
print(f(1));
function g(x = 5) { x = 6; return arguments[0]; }
print(g(), g(1));
function h(...r) { return arguments.length + ":" + r.length; }
print(h(1, 2, 3));
function k() { arguments.length = 1; return Array.prototype.slice.call(arguments).join(); }
print(k(7, 8, 9));
function outer() { const inner = () => arguments.length; return inner(1, 2, 3, 4); }
print(outer("only"));
function typeTest() { return typeof arguments + " " + Array.isArray(arguments); }
print(typeTest());
/* expected
10,2,1,20,2
10,,1,20,1
undefined 1
3:3
7
1
object false
*/
