const o = { b: 1, 2: "two", a: 2, 1: "one", "-1": "neg", 10: "ten", "01": "lead" };
const keys = [];
for (const k in o) keys.push(k);
print(keys.join(" "));
print(Object.keys(o).join(" "));
o.z = 3; o[5] = "five"; delete o.b; o.b = 4;
const k2 = [];
for (const k in o) k2.push(k);
print(k2.join(" "));
const arr = ["x", "y"];
arr.extra = true;
const ak = [];
for (const k in arr) ak.push(typeof k + ":" + k);
print(ak.join(" "));
for (const k in "hi") print("str key", k);
for (const k in null) print("never");
for (const k in undefined) print("never");
for (const k in 42) print("never");
print("done");
/* expected
1 2 10 b a -1 01
1 2 10 b a -1 01
1 2 5 10 a -1 01 z b
string:0 string:1 string:extra
str key 0
str key 1
done
*/
