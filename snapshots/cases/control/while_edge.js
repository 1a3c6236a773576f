let i = 0;
while (i < 3) i++;
print(i);
let j = 10;
while (j --> 7);
print(j);
let s = "";
let n = 0;
while ((n += 2) < 10) { if (n === 6) continue; s += n; }
print(s, n);
let x = 5;
do { x--; if (x === 2) break; } while (x);
print(x);
let guard = 0;
while (guard < 1000) { guard += guard + 1; }
print(guard);
/* expected
3
6
248 10
2
1023
*/
