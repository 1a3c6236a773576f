const o = { a: 1, b: undefined };
print("a" in o, "b" in o, "c" in o, "toString" in o);
print(delete o.a, "a" in o, o.a);
print(delete o.zzz, delete o["b"], Object.keys(o).length);
const arr = [1, 2, 3];
print(0 in arr, 3 in arr, "length" in arr, "1" in arr);
print(delete arr[1], arr.length, 1 in arr, arr.join("-"));
const proto = { inherited: 1 };
const child = Object.create(proto);
print("inherited" in child, delete child.inherited, child.inherited);
print(delete proto.inherited, "inherited" in child);
const sym = Symbol("k");
const so = { [sym]: 1 };
print(sym in so, delete so[sym], sym in so);
try { print("x" in "string"); } catch (e) { print(e.name); }
try { delete Object.prototype; } catch (e) { print(e.name); }
/* expected
true true false true
true false undefined
true true 0
true false true true
true 3 false 1--3
true true 1
true false
true true false
TypeError
TypeError
*/
