// DisposableStack: use/adopt/defer add resources, dispose() runs them last
// added first (once), move() hands them to a new stack; a disposed stack
// refuses new resources. SuppressedError's constructor.
const log = [];
const stack = new DisposableStack();
const resource = { [Symbol.dispose]() { log.push("used"); } };
print(stack.use(resource) === resource, stack.use(null), stack.adopt(7, v => log.push(`adopted ${v}`)));
print(stack.defer(() => log.push("deferred")), stack.disposed);
const moved = stack.move();
print(stack.disposed, moved.disposed, log.length, moved instanceof DisposableStack);
print(moved.dispose(), moved.disposed, log.join(", "));
moved.dispose();
print(log.length);

for (const method of ["use", "adopt", "defer", "move"]) {
  try {
    stack[method](() => {});
  } catch (e) {
    print(method, e.name);
  }
}
try { new DisposableStack().adopt(1, 2); } catch (e) { print("adopt", e.name); }
try { new DisposableStack().use(3); } catch (e) { print("use", e.name); }
try { DisposableStack(); } catch (e) { print("call", e.name); }
try { DisposableStack.prototype.dispose.call({}); } catch (e) { print("receiver", e.name); }

// Errors while disposing: the last one to run wraps the others.
const failing = new DisposableStack();
failing.defer(() => { throw new Error("first added"); });
failing.defer(() => { throw new Error("second added"); });
try {
  failing.dispose();
} catch (e) {
  print(e.name, e.error.message, e.suppressed.message, failing.disposed);
}

// With `using`: a stack is a resource.
{
  using group = new DisposableStack();
  group.defer(() => log.push("group"));
}
print(log.pop());

class Pool extends DisposableStack {}
const pool = new Pool();
print(pool instanceof Pool, pool.move() instanceof Pool, Object.prototype.toString.call(pool));
print(DisposableStack.prototype[Symbol.dispose] === DisposableStack.prototype.dispose, DisposableStack.length);

const e = new SuppressedError("the error", "the suppressed", "message");
print(e.message, e.error, e.suppressed, e instanceof Error, SuppressedError.length, String(new SuppressedError()));
print(Object.getOwnPropertyNames(e).join(), Object.getPrototypeOf(SuppressedError) === Error);

/* expected
true null 7
undefined false
true false 0 true
undefined true deferred, adopted 7, used
3
use ReferenceError
adopt ReferenceError
defer ReferenceError
move ReferenceError
adopt TypeError
use TypeError
call TypeError
receiver TypeError
SuppressedError first added second added true
group
true false [object DisposableStack]
true 0
message the error the suppressed true 3 SuppressedError
message,error,suppressed,stack true
*/
