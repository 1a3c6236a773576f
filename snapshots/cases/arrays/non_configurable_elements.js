// Elements with their own attributes keep them when assigned to, and
// ArraySetLength stops at the last element it cannot delete.
const show = (a, i) => JSON.stringify(Object.getOwnPropertyDescriptor(a, String(i)));

const a = [1, 2, 3];
Object.defineProperty(a, "1", { configurable: false });
a[1] = 9;
print(a[1], show(a, 1), JSON.stringify(a));

const b = [];
Object.defineProperty(b, "0", { writable: true, enumerable: true, configurable: false });
b[0] = 5;
print(b[0], show(b, 0));
try {
  delete b[0];
} catch (e) {
  print("delete:", e.name);
}

// Shrinking: deletion from the end stops at a non-configurable element.
const c = [1, 2, 3, 4, 5];
Object.defineProperty(c, "2", { value: 3, configurable: false });
try {
  c.length = 1;
} catch (e) {
  print("assign:", e.name);
}
print(c.length, JSON.stringify(c));
try {
  Object.defineProperty(c, "length", { value: 0 });
} catch (e) {
  print("define:", e.name);
}
const attempt = (f) => {
  try {
    f();
    return "ok";
  } catch (e) {
    return e.name;
  }
};
print(c.length, attempt(() => Object.defineProperty(c, "length", { value: 2 })), c.length);
print(attempt(() => Object.defineProperty(c, "length", { value: 3 })), c.length);

// A sealed array's elements cannot go; its length can still grow.
const sealed = Object.seal([1, 2, 3]);
print(attempt(() => (sealed.length = 1)), sealed.length, JSON.stringify(sealed));
sealed.length = 5;
print(sealed.length, Object.isSealed(sealed));

// Holes and configurable elements above the last non-configurable one go.
const d = [0, , 2, , 4, 5];
Object.defineProperty(d, "2", { configurable: false });
print(attempt(() => (d.length = 0)), d.length, JSON.stringify(d), Object.keys(d).join());
