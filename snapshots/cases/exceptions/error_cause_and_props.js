const cause = { reason: "disk" };
const e = new Error("failed", { cause });
print(e.cause === cause, e.cause.reason, e.hasOwnProperty("cause"));
const noCause = new Error("plain");
print("cause" in noCause, noCause.cause);
const undefCause = new Error("u", { cause: undefined });
print("cause" in undefCause, undefCause.cause);
const emptyOpts = new Error("x", {});
print("cause" in emptyOpts);
const t = new TypeError("typed", { cause: 42 });
print(t.cause, t.name);
e.name = "CustomError";
print(String(e));
e.message = "";
print(String(e));
e.name = "";
e.message = "only message";
print(String(e));
const o = { name: "N", message: "M" };
print(Error.prototype.toString.call(o));
print(Error.prototype.toString.call({}));
print(new Error(undefined).message === "", new Error(123).message);
/* expected
true disk true
false undefined
true undefined
false
42 TypeError
CustomError: failed
CustomError
only message
N: M
Error
true 123
*/
