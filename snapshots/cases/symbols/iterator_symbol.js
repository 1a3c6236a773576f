const range = {
  from: 1,
  to: 4,
  [Symbol.iterator]() {
    let cur = this.from, last = this.to;
    return { next: () => (cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }) };
  },
};
print([...range].join(" "));
print(typeof [][Symbol.iterator], typeof ""[Symbol.iterator], typeof {}[Symbol.iterator]);
print(Symbol.iterator.toString(), Symbol.iterator.description);
const arr = [1, 2, 3];
arr[Symbol.iterator] = function* () { yield "overridden"; };
print([...arr].join(), arr.length);
/* expected
1 2 3 4
function function undefined
Symbol(Symbol.iterator) Symbol.iterator
overridden 3
*/
