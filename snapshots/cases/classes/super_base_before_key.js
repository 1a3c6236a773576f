// super[key]: the super base (the home object's prototype) is read before
// the key is converted to a property key (ECMA-262 since 2024; V8 in Node
// 20 still converts first), so a key whose toString swaps the prototype
// still reads and writes through the first one.
const proto = { p: "first", set q(v) { log.push("first setter " + v); } };
const proto2 = { p: "second", set q(v) { log.push("second setter " + v); } };
const log = [];
const obj = {
  __proto__: proto,
  read(key) { return super[key]; },
  write(key, v) { super[key] = v; },
};
const swapping = (name) => ({ toString() { Object.setPrototypeOf(obj, proto2); return name; } });
print(obj.read(swapping("p")), obj.read("p"));
Object.setPrototypeOf(obj, proto);
obj.write(swapping("q"), 1);
obj.write("q", 2);
print(log.join(", "));
// A null base is a TypeError before the key is converted.
const orphan = { __proto__: null, m(key) { return super[key]; } };
let converted = false;
try {
  orphan.m({ toString() { converted = true; return "x"; } });
} catch (e) {
  print(e.constructor.name, converted);
}
/* expected
first second
first setter 1, second setter 2
TypeError false
*/
