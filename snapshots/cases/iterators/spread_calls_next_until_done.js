let calls = 0;
const it = {
  [Symbol.iterator]() {
    let n = 0;
    return { next() { calls++; n++; return n <= 3 ? { value: n, done: false } : { value: "ret", done: true }; } };
  },
};
const arr = [...it];
print(arr, calls);
function f(...args) { return args.length; }
print(f(...it, ...it), calls);
const [x, ...rest] = it;
print(x, rest, calls);
/* expected
1,2,3 4
6 12
1 2,3 16
*/
