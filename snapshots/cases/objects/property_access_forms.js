const o = { "a-b": 1, 0: "zero", true: "t", null: "n", undefined: "u", [Symbol.iterator]: 0 };
print(o["a-b"], o[0], o["0"], o[true], o[null], o[undefined]);
const k = { toString() { return "a-b"; } };
print(o[k]);
o[1.0] = "one"; o[-0] = "neg zero";
print(o[1], o["1"], o[0], Object.keys(o).join("/"));
const str = "hello";
print(str[0], str["length"], str[10], str[-1]);
const n = 5;
print(n.constructor === Number, (1.5).constructor.name);
const deep = { a: [{ b: { c: [10, 20] } }] };
print(deep.a[0].b.c[1], deep["a"][0]["b"]["c"].length);
let evalOrder = [];
const obj = { get p() { evalOrder.push("get"); return {}; } };
obj.p[(evalOrder.push("key"), "x")] = (evalOrder.push("value"), 1);
print(evalOrder.join(","));
/* expected
1 zero zero t n u
1
one one neg zero 0/1/a-b/true/null/undefined
h 5 undefined undefined
true Number
20 2
get,key,value
*/
