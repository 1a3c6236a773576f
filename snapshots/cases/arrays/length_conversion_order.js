// ArraySetLength converts the new length twice (ToUint32, then ToNumber),
// and a bad length is a RangeError before the descriptor is validated.
const log = [];
const v = { valueOf() { log.push("valueOf"); return 2; } };
const a = [1, 2, 3];
a.length = v;
print(a.length, log.join(","));
log.length = 0;
Object.defineProperty(a, "length", { value: v });
print(a.length, log.join(","));
for (const desc of [{ value: -1, configurable: true }, { value: NaN, enumerable: true }]) {
  try { Object.defineProperty([], "length", desc); } catch (e) { print(e.name); }
}
const frozenLength = [];
Object.defineProperty(frozenLength, "length", { writable: false });
try { Object.defineProperty(frozenLength, "length", { value: Number.MAX_SAFE_INTEGER, writable: true }); } catch (e) { print(e.name); }
try { Object.defineProperty([], "length", { value: 1, configurable: true }); } catch (e) { print(e.name); }

// with and toSpliced never read the elements they replace; results past
// 2^32 - 1 elements and array-likes past 2^53 - 1 are errors up front.
const guarded = [0, 1, 2, 3];
Object.defineProperty(guarded, "2", { get() { throw new Error("read 2"); } });
print(JSON.stringify(guarded.with(2, 6)));
const like = { 0: "a", 1: "b", get 2() { throw new Error("read 2"); }, 3: "c", length: 4 };
print(JSON.stringify(Array.prototype.toSpliced.call(like, 2, 1)));
print(Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 2 ** 53 - 1).length);
for (const [name, f] of [
  ["with", () => Array.prototype.with.call({ length: 2 ** 32 }, 0, 1)],
  ["toSpliced", () => Array.prototype.toSpliced.call({ length: 2 ** 32 - 1 }, 0, 0, 1)],
  ["push", () => Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1)],
]) {
  try {
    f();
  } catch (e) {
    print(name, e.name);
  }
}
const pushed = { length: NaN };
print(Array.prototype.push.call(pushed, "x"), pushed[0], pushed.length);
