const o = {};
o.b = 1; o.a = 2; o[3] = 3; o[1] = 4; o["2"] = 5; o[-1] = 6; o["1.0"] = 7; o[4294967294] = 8; o[4294967295] = 9;
print(Object.keys(o).join(" "));
print(Object.values(o).join(" "));
print(Object.entries({ x: 1, 0: "z" }).join(" | "));
const s = Symbol("s");
o[s] = "sym";
print(Object.keys(o).length, Object.values(o).includes("sym"));
const arr = ["a", "b"];
arr.prop = "p";
print(Object.keys(arr).join(), Object.entries(arr).length);
print(Object.keys("str").join(), Object.keys(5).length);
/* expected
1 2 3 4294967294 b a -1 1.0 4294967295
4 5 3 8 1 2 6 7 9
0,z | x,1
9 false
0,1,prop 3
0,1,2 0
*/
