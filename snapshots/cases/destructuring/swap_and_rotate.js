let a = 1, b = 2, c = 3;
[a, b] = [b, a];
print(a, b);
[a, b, c] = [c, a, b];
print(a, b, c);
const arr = [10, 20, 30];
[arr[0], arr[2]] = [arr[2], arr[0]];
print(arr);
let x, y;
const result = ([x, y] = [5, 6]);
print(x, y, result.length);
/* expected
2 1
3 2 1
30,20,10
5 6 2
*/
