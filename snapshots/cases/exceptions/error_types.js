const ctors = [Error, TypeError, RangeError, ReferenceError, SyntaxError, URIError, EvalError];
for (const C of ctors) {
  const e = new C("msg");
  print(e.name, e.message, e instanceof Error, e instanceof C, String(e), C.name);
}
const plain = Error("no new");
print(plain instanceof Error, plain.message);
const empty = new TypeError();
print(empty.message === "", String(empty), "message" in empty, empty.hasOwnProperty("message"));
print(Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
print(Object.prototype.toString.call(new RangeError("r")));
/* expected
Error msg true true Error: msg Error
TypeError msg true true TypeError: msg TypeError
RangeError msg true true RangeError: msg RangeError
ReferenceError msg true true ReferenceError: msg ReferenceError
SyntaxError msg true true SyntaxError: msg SyntaxError
URIError msg true true URIError: msg URIError
EvalError msg true true EvalError: msg EvalError
true no new
true TypeError true false
true
[object Error]
*/
