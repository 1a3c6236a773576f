print("start");
let [a, b] = [1, 2];
print(a + b);
const c = 3;
print(c);
/* expected
start
3
3
*/
