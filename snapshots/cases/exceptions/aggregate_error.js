// AggregateError(errors, message, options): `errors` is a fresh array of
// what the iterable gives; message and cause as for every error.
const e = new AggregateError(new Set([new TypeError("a"), "b"]), "several", { cause: 0 });
print(e.name, e.message, e.errors.length, e.errors[0].message, e.errors[1], e.cause);
print(e instanceof AggregateError, e instanceof Error, String(e));
print(Object.getPrototypeOf(AggregateError) === Error, AggregateError.length, AggregateError.prototype.name);
const d = Object.getOwnPropertyDescriptor(e, "errors");
print(d.enumerable, d.writable, d.configurable, Array.isArray(d.value));
print(Object.hasOwn(AggregateError.prototype, "errors"), AggregateError.prototype.message === "");
// Called without new, it still constructs.
print(AggregateError([]).errors.length, "message" in AggregateError([]), Object.hasOwn(AggregateError([]), "message"));
// The errors argument must be iterable.
try { new AggregateError(5); } catch (err) { print(err.name); }
try { new AggregateError(); } catch (err) { print(err.name); }
class Many extends AggregateError {}
const m = new Many([1], "m");
print(m instanceof Many, m.name, m.errors[0]);
/* expected
AggregateError several 2 a b 0
true true AggregateError: several
true 2 AggregateError
false true true true
false true
0 true false
TypeError
TypeError
true AggregateError 1
*/
