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
/* expected
3 3 true true true
true true 404 HttpError: not found
*/
