print(x, typeof x);
var x = 5;
print(x);
function f() {
  print(y);
  if (false) { var y = 1; }
  return y;
}
print(f());
var x;
print(x);
function g() {
  var r = [];
  for (var k = 0; k < 2; k++) { var inner = k * 10; }
  r.push(k, inner);
  return r;
}
print(g());
print(typeof hoisted, hoisted());
function hoisted() { return "called before definition"; }
/* expected
undefined undefined
5
undefined
undefined
5
2,10
function called before definition
*/
