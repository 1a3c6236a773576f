const o = {};
o.__proto__ = null;
print(Object.getPrototypeOf(o));
const a = {};
const b = { __proto__: a };
try {
  a.__proto__ = b;
} catch (e) {
  print(e.name);
}
print(({}).__proto__ === Object.prototype, Object.getPrototypeOf(b) === a);
const c = { __proto__: 5 };
print(Object.getPrototypeOf(c) === Object.prototype);
/* expected
null
TypeError
true true
true
*/
