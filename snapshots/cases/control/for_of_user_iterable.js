function range(start, end) {
  return {
    [Symbol.iterator]() {
      let cur = start;
      return { next() { return cur < end ? { value: cur++, done: false } : { value: undefined, done: true }; } };
    },
  };
}
const r = [];
for (const x of range(3, 7)) r.push(x);
print(r.join(","));
print([...range(0, 4)].join(""), Math.max(...range(1, 10)));
const twice = range(0, 2);
print([...twice].length, [...twice].length);
const noDone = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { value: i, done: i > 3 }; } }; } };
print([...noDone].join());
try { for (const x of {}) print(x); } catch (e) { print(e.name); }
try { for (const x of 5) print(x); } catch (e) { print(e.name); }
const badNext = { [Symbol.iterator]() { return { next() { return 1; } }; } };
try { for (const x of badNext) print(x); } catch (e) { print(e.name); }
/* expected
3,4,5,6
0123 9
2 2
1,2,3
TypeError
TypeError
TypeError
*/
