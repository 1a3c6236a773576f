const arr = [1, 2];
const it = arr.values();
print(it.next().value);
arr.push(3);
print(it.next().value, it.next().value);
print(it.next().done);
arr.push(4);
print(it.next().done);
const grow = [1];
let count = 0;
for (const x of grow) { if (grow.length < 5) grow.push(x + 1); count++; }
print(count, grow);
/* expected
1
2 3
true
true
5 1,2,3,4,5
*/
