let closed = 0;
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { return { done: false, value: 0 }; },
      return() { closed++; }, // a non-object result: ignored on a throw
    };
  },
};
const target = { set attr(_) { throw new RangeError("from the setter"); } };
try {
  for (target.attr of iterable) {}
} catch (e) {
  print(e.name, e.message, closed);
}
try {
  for (const v of iterable) break;
} catch (e) {
  print("break closes and checks the result:", e.name, closed);
}
/* expected
RangeError from the setter 1
break closes and checks the result: TypeError 2
*/
