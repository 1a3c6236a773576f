// copyWithin(target, start, end) with relative indices; holes move as holes.
print([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2, 0));
print([1, 2, 3, 4, 5].copyWithin(0, -3, -1), [1, 2, 3].copyWithin(5, 0), [1, 2, 3].copyWithin(0, 1, 0));
const holes = [1, , 3, 4];
holes.copyWithin(2, 0, 2);
print(holes.length, 2 in holes, 3 in holes, holes[3]);
// Overlapping upward copies run from the end; others from the start.
const order = [];
const log = new Proxyless(["a", "b", "c", "d"], order);
Array.prototype.copyWithin.call(log, 1, 0, 2);
print(order.join(" "));
order.length = 0;
Array.prototype.copyWithin.call(log, 0, 2, 4);
print(order.join(" "));
// Array-likes work (a missing source index deletes the target); the
// result is the receiver.
const like = { length: 3, 0: "x", 2: "z" };
print(JSON.stringify(Array.prototype.copyWithin.call(like, 0, 1)));
// Symbol.unscopables lists the newer names.
const u = Array.prototype[Symbol.unscopables];
print(Object.getPrototypeOf(u), Object.keys(u).length, u.copyWithin, u.flat, u.toSorted, "push" in u);
function Proxyless(items, journal) {
  const o = { length: items.length };
  items.forEach((v, i) => {
    Object.defineProperty(o, i, {
      get() { journal.push("get" + i); return v; },
      set(x) { journal.push("set" + i); v = x; },
      configurable: true,
    });
  });
  return o;
}
/* expected
4,5,3,4,5 1,1,2,3,5 1,2,3,1,2
3,4,3,4,5 1,2,3 1,2,3
4 true false undefined
get1 set2 get0 set1
get2 set0 get3 set1
{"1":"z","2":"z","length":3}
null 16 true true true false
*/
