const r = (function (x) { return x * 2; })(21);
print(r);
(function () { print("iife ran"); })();
(() => print("arrow iife"))();
const mod = (function () {
  let priv = 0;
  return { next() { return ++priv; }, peek: () => priv };
})();
mod.next(); mod.next();
print(mod.peek(), typeof priv);
const v = !function () { return false; }();
print(v);
print(((a, b) => a + b)(2, 3));
const fns = [];
for (var i = 0; i < 3; i++) (function (j) { fns.push(() => j); })(i);
print(fns.map((f) => f()).join(""));
/* expected
42
iife ran
arrow iife
2 undefined
true
5
012
*/
