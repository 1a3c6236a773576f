// toJSON, the replacer function and list, and the indentation gap.
print(JSON.stringify({ toJSON(key) { return "key:" + key; } }));
print(JSON.stringify({ a: { toJSON(key) { return key + "!"; } }, b: [{ toJSON: (k) => "at " + k }] }));
print(JSON.stringify({ toJSON: 1, x: 2 }));
// The replacer runs after toJSON, with the holder as `this`.
const calls = [];
const out = JSON.stringify({ a: 1, b: [2, { c: 3 }], d: "s" }, function (key, value) {
  calls.push(JSON.stringify(key) + (Array.isArray(this) ? "@array" : ""));
  if (typeof value === "number") return value * 10;
  if (key === "d") return undefined;
  return value;
});
print(out);
print(calls.join(" "));
// A replacer list picks keys in its order, deduplicated; numbers and
// wrappers count, other values do not; arrays still list every index.
print(JSON.stringify({ a: 1, b: 2, 3: "three", c: { a: 4, d: 5 } }, ["c", "a", 3, "a", new String("b"), {}, true]));
print(JSON.stringify([{ a: 1, b: 2 }], ["b"]));
// The gap: a number clamped to 10 spaces, or the first 10 units of a string.
print(JSON.stringify({ a: [1, { b: 2 }], c: {}, d: [] }, null, 2));
print(JSON.stringify([1], null, 20) === "[\n          1\n]", JSON.stringify([1], null, -5), JSON.stringify([1], null, 0.9));
print(JSON.stringify({ a: 1 }, null, "abcdefghijklmnop"));
print(JSON.stringify([1, [2]], null, new Number(1)), JSON.stringify([1], null, new String("\t")));
print(JSON.stringify({ a: 1 }, null, true), JSON.stringify({ a: 1 }, null, ""));
/* expected
"key:"
{"a":"a!","b":["at 0"]}
{"toJSON":1,"x":2}
{"a":10,"b":[20,{"c":30}]}
"" "a" "b" "0"@array "1"@array "c" "d"
{"c":{"a":4},"a":1,"3":"three","b":2}
[{"b":2}]
{
  "a": [
    1,
    {
      "b": 2
    }
  ],
  "c": {},
  "d": []
}
true [1] [1]
{
abcdefghij"a": 1
}
[
 1,
 [
  2
 ]
] [
	1
]
{"a":1} {"a":1}
*/
