class P {
  x = 1;
  y;
  ["computed" + 1] = 2;
  m() {}
}
const p = new P();
print(Object.keys(p).join(","), p.y, "y" in p);
const d = Object.getOwnPropertyDescriptor(p, "x");
print(d.writable, d.enumerable, d.configurable);
print(Object.hasOwn(p, "m"), Object.keys(P.prototype).length);
let n = 0;
class Q { id = ++n; }
new Q(); new Q();
print(new Q().id, n);
/* expected
x,y,computed1 undefined true
true true true
false 0
3 3
*/
