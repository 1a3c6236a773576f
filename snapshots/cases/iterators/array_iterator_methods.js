const arr = ["a", "b", "c"];
print([...arr.keys()].join(","));
print([...arr.values()].join(","));
for (const [i, v] of arr.entries()) print(i, v);
const it = arr.values();
print(it.next().value, it.next().value, it.next().value);
const end = it.next();
print(end.done, end.value);
print(arr[Symbol.iterator] === arr.values);
print([...[, "x"].keys()].join(","), [...[, "x"].values()].length);
/* expected
0,1,2
a,b,c
0 a
1 b
2 c
a b c
true undefined
true
0,1 2
*/
