// The order of observable steps in Array.prototype methods: `length` is
// read once, before the callback is checked; an empty receiver answers
// before `fromIndex` is converted; reverse reads each end in turn;
// toReversed reads from the end.
const log = [];
const arrayLike = (n) => {
  const o = {};
  for (let i = 0; i < n; i++) {
    Object.defineProperty(o, i, { get() { log.push("get " + i); return i; }, enumerable: true });
  }
  Object.defineProperty(o, "length", { get() { log.push("length"); return n; } });
  return o;
};
const attempt = (f) => {
  try {
    return String(f());
  } catch (e) {
    return e.name;
  }
};

for (const name of ["forEach", "map", "filter", "some", "every", "find", "reduce"]) {
  log.length = 0;
  print(name, attempt(() => Array.prototype[name].call(arrayLike(2), null)), log.join(","));
}
log.length = 0;
print("map", JSON.stringify(Array.prototype.map.call(arrayLike(2), (x) => x * 10)), log.join(","));

const loud = { valueOf() { log.push("fromIndex"); return 0; } };
for (const name of ["indexOf", "includes", "lastIndexOf"]) {
  log.length = 0;
  print(name, Array.prototype[name].call(arrayLike(0), 1, loud), log.join(","));
}

const tracked = (values) => {
  const o = { length: values.length };
  values.forEach((v, i) => {
    Object.defineProperty(o, i, {
      get() { log.push("get " + i); return v; },
      set(x) { log.push("set " + i); },
      configurable: true,
    });
  });
  return o;
};
log.length = 0;
Array.prototype.reverse.call(tracked(["a", "b", "c", "d"]));
print("reverse", log.join(","));
log.length = 0;
print("toReversed", JSON.stringify(Array.prototype.toReversed.call(arrayLike(3))), log.join(","));
