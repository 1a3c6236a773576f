class AppError extends Error {
  constructor(msg, options) { super(msg, options); this.name = new.target.name; }
  get isRetryable() { return false; }
}
class NetworkError extends AppError { get isRetryable() { return true; } }
class NotFound extends AppError { constructor(what) { super(`${what} not found`); this.what = what; } }
function* attempts() {
  yield () => { throw new NetworkError("timeout", { cause: "slow link" }); };
  yield () => { throw new NotFound("user 7"); };
  yield () => { throw new TypeError("bad input"); };
  yield () => "success";
}
for (const run of attempts()) {
  try { print("ok:", run()); }
  catch (e) {
    if (e instanceof AppError) print(e.name, e.message, e.isRetryable, e.cause ?? "-", `${e}`);
    else print("foreign", e.name);
  }
}
/* expected
NetworkError timeout true slow link NetworkError: timeout
NotFound user 7 not found false - NotFound: user 7 not found
foreign TypeError
ok: success
*/
