// In destructuring assignment a member target is evaluated before the
// iterator step or property read that feeds it; a throw while evaluating
// it closes the iterator.
const log = [];
const iterable = {
  [Symbol.iterator]() {
    return {
      next() { log.push("next"); return { value: log.length, done: false }; },
      return() { log.push("return"); return {}; },
    };
  },
};
const target = {};
const key = (k) => { log.push("key " + k); return k; };
const obj = () => { log.push("obj"); return target; };

[obj()[key("a")], obj()[key("b")] = 0, ...obj()[key("rest")]] = [1, undefined, 3, 4];
print(JSON.stringify(target), log.join(","));
log.length = 0;

const source = { get p() { log.push("get p"); return 7; }, get q() { log.push("get q"); return 8; } };
({ p: obj()[key("x")], [key("q")]: obj()[key("y")] } = source);
print(target.x, target.y, log.join(","));
log.length = 0;

try {
  [obj()[(() => { throw new Error("lref"); })()]] = iterable;
} catch (e) {
  print(e.message, log.join(","));
}
log.length = 0;
try {
  [...obj()[(() => { throw new Error("rest lref"); })()]] = iterable;
} catch (e) {
  print(e.message, log.join(","));
}
