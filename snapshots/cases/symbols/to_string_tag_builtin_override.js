const arr = [1, 2];
arr[Symbol.toStringTag] = "NotArray";
print(Object.prototype.toString.call(arr));
function fn() {}
print(Object.prototype.toString.call(fn));
fn[Symbol.toStringTag] = "Fn";
print(Object.prototype.toString.call(fn));
const err = new TypeError("x");
print(Object.prototype.toString.call(err));
const proto = { [Symbol.toStringTag]: "Inherited" };
print(Object.prototype.toString.call(Object.create(proto)));
print(Object.prototype.toString.call(function* () {}()));
/* expected
[object NotArray]
[object Function]
[object Fn]
[object Error]
[object Inherited]
[object Generator]
*/
