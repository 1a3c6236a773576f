let a = 1, b = 2;
[a, b] = [b, a];
print(a, b);
const target = {};
({ x: target.first, y: target["second"] = "dflt", ...target.rest } = { x: 1, z: 3, w: 4 });
print(target.first, target.second, Object.keys(target.rest).join());
let p, q;
const result = ({ p, q = p + 1 } = { p: 5 });
print(p, q, result.p);
const arr = [];
[arr[0], arr[1]] = "ab";
print(arr.join("-"));
let n;
[n = "default"] = [];
print(n);
/* expected
2 1
1 dflt z,w
5 6 5
a-b
default
*/
