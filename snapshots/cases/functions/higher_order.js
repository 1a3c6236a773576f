const compose = (...fns) => (x) => { let r = x; for (let i = fns.length - 1; i >= 0; i--) r = fns[i](r); return r; };
const inc = (x) => x + 1, dbl = (x) => x * 2;
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7));
function curry(f) {
  return function c(...args) {
    return args.length >= f.length ? f(...args) : (...more) => c(...args, ...more);
  };
}
const add3 = curry((a, b, c) => a + b + c);
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3));
function reduce(arr, f, init) { let acc = init; arr.forEach((v, i) => { acc = f(acc, v, i); }); return acc; }
print(reduce([1, 2, 3, 4], (a, b) => a + b, 0), reduce(["a", "b"], (a, b, i) => a + b + i, ""));
const once = (f) => { let done = false, v; return (...a) => done ? v : (done = true, v = f(...a)); };
const init = once((x) => { print("init", x); return x * 10; });
print(init(1), init(2));
print([3, 1, 2].map(String).join(""), ["1", "2", "3"].map(Number).filter((n) => n % 2).join());
/* expected
11 12 7
6 6 6
10 a0b1
init 1
10 10
312 1,3
*/
