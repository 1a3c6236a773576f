const A = class {};
let B = class {};
var C;
C = class {};
const obj = { D: class {}, ["E" + 1]: class {} };
const named = class Real {};
const F = (0, class {});
print(A.name, B.name, C.name, obj.D.name, obj.E1.name, named.name);
print(F.name === "", typeof F);
class G { static name = "custom"; }
print(G.name);
/* expected
A B C D E1 Real
true function
custom
*/
