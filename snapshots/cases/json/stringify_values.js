// SerializeJSONProperty on every kind of value.
print(JSON.stringify({ a: 1, b: [1, "two", { c: "x\ny" }], d: undefined, e() {}, f: null, g: true, [Symbol()]: 1 }));
print(JSON.stringify([undefined, function () {}, Symbol("s"), NaN, -Infinity, -0, 1e21, 1.5e-7]));
print(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(Symbol()), JSON.stringify(null));
print(JSON.stringify("\"\\\b\f\n\r\t\u0000\u001f\u007f"));
// Lone surrogates are escaped; pairs are kept.
print(JSON.stringify("\ud83d\ude00 \ud83d \ude00 \udc00\ud800"));
// Wrapper objects unwrap: Number and String through ToNumber and ToString.
const n = new Number(3);
n.valueOf = () => 42;
const s = new String("s");
s.toString = () => "custom";
print(JSON.stringify([n, s, new Boolean(false), Object(Symbol())]));
// Only enumerable own string keys, in property order (indices first).
const o = Object.create({ inherited: 1 });
o.z = 1; o[2] = 2; o.a = 3; o[1] = 4;
Object.defineProperty(o, "hidden", { value: 5, enumerable: false });
print(JSON.stringify(o));
// Array holes and extra properties.
const arr = [1, , 3];
arr.extra = "no";
print(JSON.stringify(arr), JSON.stringify(new Array(3)));
print(JSON.stringify({ "key \"quoted\"\n": 1 }));
/* expected
{"a":1,"b":[1,"two",{"c":"x\ny"}],"f":null,"g":true}
[null,null,null,null,null,0,1e+21,1.5e-7]
undefined undefined undefined null
"\"\\\b\f\n\r\t\u0000\u001f"
"😀 \ud83d \ude00 \udc00\ud800"
[42,"custom",false,{}]
{"1":4,"2":2,"z":1,"a":3}
[1,null,3] [null,null,null]
{"key \"quoted\"\n":1}
*/
