// The reviver sees leaves first, then their containers, bottom-up, with
// `this` bound to the holder; undefined deletes, anything else replaces.
const seen = [];
const result = JSON.parse('{"a":[1,{"b":2}],"c":3}', function (key, value) {
  seen.push(key + ":" + (typeof value === "object" ? JSON.stringify(value) : value));
  if (key === "c") return undefined;
  return typeof value === "number" ? value * 10 : value;
});
print(seen.join(" | "));
print(JSON.stringify(result));

// The root is revived under the empty key, with a wrapper as holder.
print(JSON.parse("7", function (key, value) { return [key === "", Object.keys(this).length, value]; }));

// CreateDataProperty fails (silently) on a non-configurable property.
const arr = JSON.parse("[1, 2]", function (key, value) {
  if (key === "0") Object.defineProperty(this, "1", { configurable: false });
  if (key === "1") return 22;
  return value;
});
print(arr[0], arr[1]);

// Deleting a later member: the walk still visits it, as undefined.
const visits = [];
JSON.parse('{"x":1,"y":2}', function (key, value) {
  visits.push(key + "=" + value);
  if (key === "x") delete this.y;
  return value;
});
print(visits.join(","));

// Arrays shrink under the reviver: the length read first decides which
// indices are visited, and the missing ones revive to undefined (deleted).
print(JSON.stringify(JSON.parse("[1,2,3]", function (key, value) {
  if (key === "0") this.length = 1;
  return value;
})));

// A reviver that throws stops the parse.
try {
  JSON.parse("[1]", () => { throw new Error("stop"); });
} catch (e) {
  print(e.message);
}
// A non-callable reviver is ignored.
print(JSON.parse("[1]", {}).length);
/* expected
0:1 | b:2 | 1:{"b":20} | a:[10,{"b":20}] | c:3 | :{"a":[10,{"b":20}]}
{"a":[10,{"b":20}]}
true,1,7
1 2
x=1,y=undefined,=[object Object]
[1]
stop
1
*/
