// new Array(n) filled by index keeps its elements in the dense prefix; the
// unwritten tail stays holes, seen through to the prototype.
const a = new Array(5);
a[0] = "x";
a[2] = "z";
print(a.length, 0 in a, 1 in a, 2 in a, 4 in a, JSON.stringify(a));
Array.prototype[3] = "from the prototype";
print(a[3], a.hasOwnProperty(3));
delete Array.prototype[3];
// An element defined with other attributes leaves the dense prefix; later
// writes before it still land where they belong.
const b = new Array(10);
Object.defineProperty(b, 6, { value: "fixed", writable: false, enumerable: true, configurable: true });
for (let i = 0; i < 10; i++) {
  try { b[i] = i; } catch (e) { print(i, e.constructor.name); }
}
print(b.join(","), Object.keys(b).length);
const c = [];
c.length = 4;
c[0] = 1; c[1] = 2;
print(c, c.length, Object.keys(c));
const d = Array.from({ length: 3 }, (_, i) => i * i);
print(d);
/* expected
5 true false true false ["x",null,"z",null,null]
from the prototype false
6 TypeError
0,1,2,3,4,5,fixed,7,8,9 10
1,2,, 4 0,1
0,1,4
*/
