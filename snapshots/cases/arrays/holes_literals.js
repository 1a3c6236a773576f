const a = [1, , 3];
print(a.length, a[1], 1 in a, a);
const b = [, , ,];
print(b.length, 0 in b, b.join("-"));
const c = [1, 2, ,];
print(c.length, c);
const d = [undefined];
print(d.length, 0 in d);
const mapped = [1, , 3].map((x) => x * 2);
print(mapped.length, 1 in mapped, mapped);
let visits = 0;
[1, , 3].forEach(() => visits++);
print(visits);
print([, 1].filter(() => true).length);
print([1, , 3].indexOf(undefined), [1, , 3].includes(undefined));
const spread = [...[1, , 3]];
print(1 in spread, spread[1]);
/* expected
3 undefined false 1,,3
3 false --
3 1,2,
1 true
3 false 2,,6
2
1
-1 true
true undefined
*/
