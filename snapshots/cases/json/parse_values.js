// JSON.parse builds every kind of value; duplicate keys keep the first
// position and the last value; "__proto__" is an ordinary own key.
const v = JSON.parse(' {"a" : [1, 2.5, -0, 1e3, 1E-2, -12.5e+1, "x\\u0041\\n\\t\\/\\"\\\\", true, false, null],\n "b":{"c":{}}, "1":2, "a":7} ');
print(JSON.stringify(v));
print(Object.keys(v), Object.is(JSON.parse("-0"), -0));
const p = JSON.parse('{"__proto__": 1}');
print(Object.getPrototypeOf(p) === Object.prototype, Object.keys(p), p.__proto__ === Object.prototype);  // the own 1 shadows the accessor
// Lone surrogates survive, escaped or raw.
const lone = JSON.parse('"\\ud800"');
print(lone.length, lone.charCodeAt(0).toString(16));
print(JSON.parse('"' + "\udc00x" + '"').charCodeAt(0).toString(16));
print(JSON.parse('"\\uD83D\\uDE00"') === "\u{1F600}");
// Numbers: the nearest double, big and tiny.
print(JSON.parse("123456789012345678901234567890"), JSON.parse("1e400"), JSON.parse("-1e-400"));
print(JSON.parse("0.1") + JSON.parse("0.2"), JSON.parse("9007199254740993"));
// The text is ToString'd first.
print(JSON.parse(12), JSON.parse(true), JSON.parse(null), JSON.parse({ toString() { return "[3]"; } }).length);
print(JSON.parse.length, JSON.parse.name, JSON.stringify.length, JSON.stringify.name);
print(Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag]);
/* expected
{"1":2,"a":7,"b":{"c":{}}}
1,a,b true
true __proto__ false
1 d800
dc00
true
1.2345678901234568e+29 Infinity 0
0.30000000000000004 9007199254740992
12 true null 1
2 parse 3 stringify
[object JSON] JSON
*/
