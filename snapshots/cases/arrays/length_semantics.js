const a = [1, 2, 3, 4, 5];
a.length = 2;
print(a, a.length, a[3]);
a.length = 4;
print(a.length, a, 2 in a);
a[9] = "ten";
print(a.length, a.join("."));
const b = [];
b["5"] = 1;
print(b.length);
b["5.5"] = 2; b.foo = 3; b[-1] = 4;
print(b.length, Object.keys(b).join());
try { b.length = -1; } catch (e) { print(e.name); }
try { b.length = 1.5; } catch (e) { print(e.name); }
b.length = "3";
print(b.length, Object.keys(b).join());
const c = [1, 2, 3];
c.length = 0;
print(c.length, c[0], String(c) === "");
/* expected
1,2 2 undefined
4 1,2,, false
10 1.2........ten
6
6 5,5.5,foo,-1
RangeError
RangeError
3 5.5,foo,-1
0 undefined true
*/
