const tagged = { [Symbol.toStringTag]: "Custom" };
print(Object.prototype.toString.call(tagged), String(tagged));
class Widget { get [Symbol.toStringTag]() { return "Widget#" + this.id; } constructor(id) { this.id = id; } }
print(Object.prototype.toString.call(new Widget(3)));
print(`${new Widget(4)}`);
const nonString = { [Symbol.toStringTag]: 123 };
print(Object.prototype.toString.call(nonString));
print(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(undefined));
print(Object.prototype.toString.call(1), Object.prototype.toString.call("s"), Object.prototype.toString.call(Symbol()));
print(Object.prototype.toString.call(Math));
/* expected
[object Custom] [object Custom]
[object Widget#3]
[object Widget#4]
[object Object]
[object Array] [object Null] [object Undefined]
[object Number] [object String] [object Symbol]
[object Math]
*/
