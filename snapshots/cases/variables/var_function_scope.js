function f() {
  if (true) { var inIf = "if"; }
  for (var i = 0; i < 2; i++) { var inFor = i; }
  try { var inTry = "try"; throw 0; } catch (e) { var inCatch = "catch"; }
  { var inBlock = "block"; }
  return [inIf, inFor, i, inTry, inCatch, inBlock].join(",");
}
print(f());
print(typeof inIf, typeof i);
function g() { return typeof later; var later = 1; }
print(g());
var re = 1;
var re;
print(re);
function counter() { var c = 0; return function () { return ++c; }; }
const c1 = counter(), c2 = counter();
c1(); c1();
print(c1(), c2());
/* expected
if,1,2,try,catch,block
undefined undefined
undefined
1
3 1
*/
