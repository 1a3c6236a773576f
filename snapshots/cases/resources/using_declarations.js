// `using` declarations: each resource's [Symbol.dispose] runs when its
// scope is left (block, function body, loop iteration, for head), last
// declared first, whether the scope ends normally, by return/break/continue
// or by an exception; errors thrown while disposing become the completion
// or wrap it in a SuppressedError.
const log = [];
function resource(name, fails) {
  return {
    name,
    [Symbol.dispose]() {
      log.push(`dispose ${name}`);
      if (fails) throw new Error(name);
    },
  };
}
function flush() {
  print(log.join(", "));
  log.length = 0;
}

{
  using a = resource("a"), b = resource("b");
  using nothing = null, alsoNothing = undefined;
  log.push(`body ${a.name}${b.name}`);
}
flush();

function early(x) {
  using r = resource("fn");
  if (x) return "returned";
  log.push("fell through");
}
print(early(true), early(false));
flush();

for (using r of [resource("1"), resource("2"), resource("3")]) {
  if (r.name === "2") continue;
  log.push(`iteration ${r.name}`);
}
flush();
outer: for (const i of [1, 2]) {
  using r = resource(`loop ${i}`);
  for (using inner of [resource(`inner ${i}`)]) break outer;
}
flush();
for (using head = resource("head"), n = null; log.length < 2; ) log.push("tick");
flush();

function* generator() {
  using r = resource("generator");
  yield 1;
  yield 2;
}
for (const v of generator()) {
  log.push(`got ${v}`);
  break;
}
flush();

// One error: thrown as it is.
try {
  using r = resource("lone", true);
} catch (e) {
  print(e.message, e instanceof SuppressedError);
}
// The body throws, then both disposers (second first): nested
// SuppressedErrors, the error of the disposer that ran last outermost.
try {
  using first = resource("first", true);
  using second = resource("second", true);
  throw new Error("body");
} catch (e) {
  print(e.name, e.error.message, e.suppressed.name, e.suppressed.error.message, e.suppressed.suppressed.message);
}
flush();

// Bad resources: a TypeError before the binding is initialised; the
// resources declared before it are still disposed.
for (const bad of [1, "text", {}, { [Symbol.dispose]: 42 }]) {
  try {
    using ok = resource("ok");
    using r = bad;
  } catch (e) {
    print(e.name, log.join());
    log.length = 0;
  }
}

// Symbol.dispose is read once, when the resource is added.
let reads = 0;
{
  using counted = {
    get [Symbol.dispose]() {
      reads++;
      return () => log.push("counted");
    },
  };
}
print(reads, log.join());
log.length = 0;

// An iterator is a resource: disposing calls its `return`.
function* numbers() {
  try {
    yield 1;
    yield 2;
  } finally {
    log.push("closed");
  }
}
{
  using it = numbers();
  it.next();
}
print(log.join(), typeof Iterator.prototype[Symbol.dispose], Symbol.dispose.description);

/* expected
body ab, dispose b, dispose a
returned undefined
dispose fn, fell through, dispose fn
iteration 1, dispose 1, dispose 2, iteration 3, dispose 3
dispose inner 1, dispose loop 1
tick, tick, dispose head
got 1, dispose generator
lone false
SuppressedError first SuppressedError second body
dispose lone, dispose second, dispose first
TypeError dispose ok
TypeError dispose ok
TypeError dispose ok
TypeError dispose ok
1 counted
closed function Symbol.dispose
*/
