let gets = 0, sets = 0, keys = 0;
const o = {
  _v: 10,
  get v() { gets++; return this._v; },
  set v(x) { sets++; this._v = x; },
};
function obj() { keys++; return o; }
obj().v += 5;
print(o._v, gets, sets, keys);
obj().v *= 2;
print(o._v, gets, sets, keys);
const arr = [1, 2, 3];
let idx = 0;
function k() { idx++; return 1; }
arr[k()] += 10;
arr[k()] **= 2;
print(arr.join(","), idx);
let x = 5;
x -= x = 2;
print(x);
let y = 1;
y += (y = 10);
print(y);
/* expected
15 1 1 1
30 2 2 2
1,144,3 2
3
11
*/
