const arrow = () => {};
function f() { f.calls = (f.calls || 0) + 1; }
f(); f(); f();
print(f.calls);
f.meta = { tag: "x" };
print(f.meta.tag, Object.keys(f).join(","));
print(typeof f.prototype, f.prototype.constructor === f);
print(Object.getPrototypeOf(f) === Object.getPrototypeOf(arrow));
print("prototype" in arrow, "prototype" in f);
print(f.hasOwnProperty("length"), f.hasOwnProperty("name"));
print(typeof f.call, typeof f.bind);
/* expected
3
x calls,meta
object true
true
false true
true true
function function
*/
