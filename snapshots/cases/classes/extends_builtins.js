class Stack extends Array {
  peek() {
    return this[this.length - 1];
  }
}
const s = new Stack();
s.push(1, 2, 3);
print(s.peek(), s.length, s instanceof Stack, s instanceof Array, Array.isArray(s));
class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
}
const e = new HttpError(404, "not found");
print(e instanceof HttpError, e instanceof Error, e.status, String(e));

// Subclasses of built-in constructors make instances of themselves:
// the constructor takes its prototype from new.target
// (GetPrototypeFromConstructor).
{
  class N extends Number {}
  class B extends Boolean {}
  class S extends String {}
  class O extends Object {}
  class M extends Map {}
  class E extends RangeError {}
  class A extends Array {}
  const n = new N(5), b = new B(true), s = new S("hi"), o = new O(7), m = new M([[1, 2]]), e = new E("x"), a = new A(3);
  print(n instanceof N, n instanceof Number, n + 1, b instanceof B, b.valueOf(), s instanceof S, s.length, s + "!");
  print(o instanceof O, Object.getPrototypeOf(o) === O.prototype, typeof o, Object.keys(o).length);
  print(m instanceof M, m.get(1), e instanceof E, e.message, a instanceof A, a.length);
  print(new Object(7) instanceof Number, typeof Object("s"), Object.getPrototypeOf(Object()) === Object.prototype);
}
/* expected
3 3 true true true
true true 404 HttpError: not found
true true 6 true true true 2 hi!
true true object 0
true 2 true x true 3
true object true
*/
