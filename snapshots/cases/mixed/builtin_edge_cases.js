// Small built-in edge cases: Math.hypot sums from +0; %ThrowTypeError% is
// frozen; splice refuses to grow an array-like past 2^53 - 1 before doing
// any work.
print(Object.is(Math.hypot(), 0), Object.is(Math.hypot(-0), 0), Object.is(Math.hypot(-0, -0), 0), Math.hypot(3, 4));
const thrower = Object.getOwnPropertyDescriptor(Function.prototype, "caller").get;
const show = (k) => JSON.stringify(Object.getOwnPropertyDescriptor(thrower, k));
print(Object.isFrozen(thrower), show("length"), show("name"));
try {
  Array.prototype.splice.call({ length: 2 ** 53 - 1 }, 0, 0, null);
} catch (e) {
  print(e.name);
}
