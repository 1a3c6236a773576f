const obj = { *[Symbol.iterator]() { yield* [1, 2, 3]; } };
const [a, b] = obj;
print(a, b);
const entries = Object.entries({ p: 1, q: 2 });
const [[k1, v1], [k2, v2]] = entries;
print(k1, v1, k2, v2);
const [i0, i1] = [10, 20].keys();
print(i0, i1);
try { const [z] = { length: 1, 0: "x" }; } catch (e) { print(e.name); }
const [e0] = [["only", "pair"]].values();
print(e0);
/* expected
1 2
p 1 q 2
0 1
TypeError
only,pair
*/
