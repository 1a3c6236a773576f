// Element reads, `length` and strict equality take fast paths for arrays
// and numbers; everything else takes the general path.
const a = [10, 20, 30];
a[5] = 60;
print(a.length, a[1], a[3], a[5], a[-1], a[1.5], a["1"], a[4294967295], a[4294967294]);
a.length = 2;
print(a.length, a[2], a.length === 2, a.length !== 2);

const sparse = [];
sparse[4294967294] = "last";
print(sparse.length, sparse[4294967294]);

const frozen = Object.freeze([1, 2]);
print(frozen.length, frozen[0]);

class MyArray extends Array {}
const mine = MyArray.from([1, 2, 3]);
print(mine.length, mine[2], mine instanceof MyArray);

Object.defineProperty(Array.prototype, "7", { get() { return "proto getter"; }, configurable: true });
print([1, 2][7]);
delete Array.prototype[7];

// Strict equality on numbers and on other values.
print(NaN === NaN, 0 === -0, 1 === 1.0, "1" === 1, null === undefined, "ab" === "a" + "b");
let hits = 0;
for (let i = 0; i < 10; i++) if (i % 3 === 0) hits++;
for (const v of [NaN, "3", 3, -0]) if (v !== 3) hits += 10;
print(hits);
