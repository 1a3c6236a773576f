let x = "global";
function f(x) {
  print("param", x);
  {
    let x = "block";
    print("block", x);
  }
  return x;
}
print(f("arg"));
const g = () => { let x = "arrow"; return x; };
print(g(), x);
function h() { var x = "fn var"; return [x, (function () { return x; })()]; }
print(h());
try { let y = 1; { let y = y; } } catch (e) { print(e.name); }
let outer = 1;
function shadowsLater() { const r = typeof outer; return r; }
print(shadowsLater());
for (let x = 0; x < 1; x++) { let x = "body"; print(x); }
print(x);
/* expected
param arg
block block
arg
arrow global
fn var,fn var
ReferenceError
number
body
global
*/
