const o = {};
const src = { x: 1, y: 2, list: [3, 4] };
({ x: o.p, y: o["q"], list: [o.first, o.second] } = src);
print(o.p, o.q, o.first, o.second);
const arr = [];
[arr[2], arr[0]] = ["two", "zero"];
print(arr.length, arr[0], arr[2]);
let i = 0;
const slots = [];
[slots[i++], slots[i++]] = ["a", "b"];
print(slots, i);
class Holder { set v(val) { print("setter got", val); } }
const h = new Holder();
({ v: h.v } = { v: 99 });
/* expected
1 2 3 4
3 zero two
a,b 2
setter got 99
*/
