// A known-good input: compiles cleanly.
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }
class Point { #x; constructor(x) { this.#x = x } get x() { return this.#x } }
const { a, ...rest } = { a: 1, b: 2 };
print(fib(10), new Point(3).x, `${a}${JSON.stringify(rest)}`, /a+/g.test("aa"));
