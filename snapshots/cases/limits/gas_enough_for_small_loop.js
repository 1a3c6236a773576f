// limits: gas=100000
let sum = 0;
for (let i = 1; i <= 100; i++) sum += i;
print(sum);
let s = "";
for (let i = 0; i < 10; i++) s += i;
print(s);
/* expected
5050
0123456789
*/
