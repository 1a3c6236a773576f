// Array.prototype.push is Set(O, index) then Set(O, "length"): an
// inherited index setter runs, a length made read-only meanwhile throws,
// and past the last array index the element is an ordinary property and
// the length a RangeError.
const array = [];
let calls = 0;
Object.defineProperty(Array.prototype, "0", {
  set(value) { calls++; Object.freeze(array); },
  configurable: true,
});
try { array.push("x"); } catch (e) { print(e.name, calls, array.length, array.hasOwnProperty(0)); }
delete Array.prototype[0];
const fixed = [1];
Object.defineProperty(fixed, "length", { writable: false });
try { fixed.push(); } catch (e) { print("zero items:", e.name); }
const huge = [];
huge.length = 4294967295;
try { huge.push("y"); } catch (e) { print(e.name, huge[4294967295], huge.length); }
print([1, 2].push(3, 4), Array.prototype.push.call({ length: 1 }, "a"));

/* expected
TypeError 1 0 false
zero items: TypeError
RangeError y 4294967295
4 2
*/
