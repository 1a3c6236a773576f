const ts = (v) => Object.prototype.toString.call(v);
print(ts({}), ts([]), ts(null), ts(undefined));
print(ts(1), ts("s"), ts(true), ts(Symbol()));
print(ts(() => 1), ts(new Error("e")), ts(Math));
print(ts(function () { return arguments; }()));
const tagged = { [Symbol.toStringTag]: "Custom" };
print(ts(tagged), String(tagged), `${tagged}`);
function Widget() {}
Widget.prototype[Symbol.toStringTag] = "Widget";
print(String(new Widget()));
const nonString = { [Symbol.toStringTag]: 42 };
print(ts(nonString));
const arrTagged = [];
arrTagged[Symbol.toStringTag] = "NotArray";
print(ts(arrTagged));
print({}.toLocaleString(), ({ a: 1 }).valueOf().a);
/* expected
[object Object] [object Array] [object Null] [object Undefined]
[object Number] [object String] [object Boolean] [object Symbol]
[object Function] [object Error] [object Math]
[object Arguments]
[object Custom] [object Custom] [object Custom]
[object Widget]
[object Object]
[object NotArray]
[object Object] 1
*/
