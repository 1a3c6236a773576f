const a = [];
print(a.push(1), a.push(2, 3), a.push(), a);
print(a.pop(), a.pop(), a, a.length);
print(a.pop(), a.pop(), a.length);
const s = ["a", "b", "c"];
print(s.join(), s.join(""), s.join(" - "), s.join(0));
print([null, undefined, 1].join("|"), [[1, 2], [3]].join(";"));
print([1].join("x"), [].join("x") === "");
const big = [];
for (let i = 0; i < 100; i++) big.push(i);
print(big.length, big[99], big.pop(), big.length);
const objArr = [{ toString() { return "O"; } }, 1];
print(objArr.join("+"));
/* expected
1 3 3 1,2,3
3 2 1 1
1 undefined 0
a,b,c abc a - b - c a0b0c
||1 1,2;3
1 true
100 99 99 99
O+1
*/
