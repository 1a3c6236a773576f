function pretty(v, indent) {
  indent = indent || "";
  const next = indent + "  ";
  if (v === null) return "null";
  if (typeof v === "string") return '"' + v + '"';
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    return "[\n" + v.map((x) => next + pretty(x, next)).join(",\n") + "\n" + indent + "]";
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return "{}";
  return "{\n" + keys.map((k) => next + '"' + k + '": ' + pretty(v[k], next)).join(",\n") + "\n" + indent + "}";
}
const data = { name: "jsvm", version: 1.5, tags: ["fast", "safe"], nested: { ok: true, none: null, list: [] }, 2: {} };
print(pretty(data));
print(pretty([1, [2, [3]]]));
print(pretty("plain"), pretty(-0), pretty(undefined));
/* expected
{
  "2": {},
  "name": "jsvm",
  "version": 1.5,
  "tags": [
    "fast",
    "safe"
  ],
  "nested": {
    "ok": true,
    "none": null,
    "list": []
  }
}
[
  1,
  [
    2,
    [
      3
    ]
  ]
]
"plain" 0 undefined
*/
