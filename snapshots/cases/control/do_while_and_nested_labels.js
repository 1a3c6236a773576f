let i = 0, trace = [];
do {
  i++;
  if (i === 2) continue;
  trace.push(i);
} while (i < 5);
print(trace.join(","));
const grid = [];
outer: for (let r = 0; r < 4; r++) {
  inner: for (let c = 0; c < 4; c++) {
    if (c > r) continue outer;
    if (r === 3 && c === 1) break outer;
    grid.push(`${r}${c}`);
  }
}
print(grid.join(" "));
let n = 0;
loop: do {
  n++;
  switch (n) {
    case 2: continue loop;
    case 4: break loop;
  }
  print("n", n);
} while (true);
print("final", n);
/* expected
1,3,4,5
00 10 11 20 21 22 30
n 1
n 3
final 4
*/
