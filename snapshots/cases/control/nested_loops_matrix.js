const n = 4;
for (let i = 1; i <= n; i++) {
  let row = "";
  for (let j = 1; j <= n; j++) row += (i * j + "").length === 1 ? " " + i * j : "" + i * j;
  print(row);
}
let triangle = "";
for (let i = 0; i < 4; i++) {
  for (let j = 0; j <= i; j++) triangle += "*";
  triangle += i < 3 ? "|" : "";
}
print(triangle);
let pairs = 0;
for (let a = 0; a < 10; a++) for (let b = a + 1; b < 10; b++) if ((a + b) % 3 === 0) pairs++;
print(pairs);
/* expected
 1 2 3 4
 2 4 6 8
 3 6 912
 4 81216
*|**|***|****
15
*/
