const x = 1, y = "two";
const key = "dyn";
const o = {
  x, y,
  [key + "amic"]: 3,
  [1 + 1]: "two",
  "quoted key": 4,
  123: "num",
  method() { return this.x + 1; },
  arrow: () => "arrow",
  nested: { deep: { value: "deep" } },
};
print(o.x, o.y, o.dynamic, o[2], o["quoted key"], o[123], o["123"]);
print(o.method(), o.arrow(), o.nested.deep.value);
print(Object.keys(o).join(","));
const dup = { a: 1, b: 2, a: 3 };
print(dup.a, Object.keys(dup).join(","));
const empty = {};
print(String(empty), Object.keys(empty).length);
print({ toString() { return "custom"; } } + "");
const numKeys = { 1.5: "a", 1e3: "b", 0x10: "c" };
print(Object.keys(numKeys).join(","));
/* expected
1 two 3 two 4 num num
2 arrow deep
2,123,x,y,dynamic,quoted key,method,arrow,nested
3 a,b
[object Object] 0
custom
16,1000,1.5
*/
