class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
class RangeCheck extends ValidationError {}
try {
  throw new RangeCheck("age", "too old");
} catch (e) {
  print(e instanceof RangeCheck, e instanceof ValidationError, e instanceof Error);
  print(e.name, e.message, e.field);
  print(String(e));
}
class Plain extends Error {}
const p = new Plain("boom", { cause: "root" });
print(p.name, p.message, p.cause, Object.prototype.toString.call(p));
/* expected
true true true
ValidationError too old age
ValidationError: too old
Error boom root [object Error]
*/
