print(typeof undefined, typeof null, typeof true, typeof 0);
print(typeof "s", typeof Symbol(), typeof {}, typeof []);
print(typeof function () {}, typeof (() => 1), typeof print);
print(typeof NaN, typeof new Number(1), typeof Object("x"));
print(typeof typeof 1, typeof notDeclaredAnywhere);
print(typeof Math, typeof Math.max, typeof globalThis);
print(typeof Error, typeof new Error("e"), typeof Symbol.iterator);
function F() {}
print(typeof new F(), typeof F.prototype, typeof F.prototype.constructor);
print(typeof void 0, typeof (1, "x"));
print(typeof String(1), typeof new String(1), typeof Boolean(0));
/* expected
undefined object boolean number
string symbol object object
function function function
number object object
string undefined
object function object
function object symbol
object object function
undefined string
string object boolean
*/
