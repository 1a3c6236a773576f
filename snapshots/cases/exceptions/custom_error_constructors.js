function ValidationError(field, msg) {
  this.name = "ValidationError";
  this.message = msg;
  this.field = field;
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.constructor = ValidationError;
function validate(x) { if (x < 0) throw new ValidationError("x", "must be >= 0"); return x; }
try { validate(-1); } catch (e) {
  print(e instanceof ValidationError, e instanceof Error, e.field, String(e));
}
const handlers = [
  () => null.prop,
  () => undefinedName,
  () => { throw new ValidationError("f", "bad"); },
  () => (1).toString(0),
  () => { throw "str"; },
];
for (const h of handlers) {
  try { h(); } catch (e) {
    if (e instanceof ValidationError) print("validation", e.field);
    else if (e instanceof TypeError) print("type");
    else if (e instanceof ReferenceError) print("reference");
    else if (e instanceof RangeError) print("range");
    else print("other", e);
  }
}
/* expected
true true x ValidationError: must be >= 0
type
reference
validation f
range
other str
*/
