const a = [];
a[1000000] = 1;
print(a.length, a[999999], 999999 in a, a[1000000]);
let count = 0;
for (const k in a) count++;
print(count, Object.keys(a).join());
a.push("end");
print(a.length, a[1000001]);
a.length = 5;
print(a.length, Object.keys(a).length);
const b = [1, 2];
b[4294967294] = "max";
print(b.length);
b[4294967295] = "not index";
print(b.length, b[4294967295]);
b.length = 1;
print(b.length, b[4294967295], Object.keys(b).join());
/* expected
1000001 undefined false 1
1 1000000
1000002 end
5 0
4294967295
4294967295 not index
1 not index 0,4294967295
*/
