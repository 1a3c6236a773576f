print(void 0, void "x", void (1 + 2));
let n = 0;
const r = void n++;
print(r, n);
const c = (n++, n++, n * 10);
print(c, n);
let i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) {}
print(i, j);
const f = () => (print("side"), 7);
print(f());
print((1, 2, 3));
print([1, 2, (3, 4)].length);
/* expected
undefined undefined undefined
undefined 1
30 3
6 4
side
7
3
3
*/
