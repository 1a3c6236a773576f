const fs = [];
for (let i = 0; i < 3; i++) {
  fs.push(() => i);
}
print(fs.map((f) => f()).join());
const gs = [];
for (let i = 0; i < 3; i++) {
  gs.push(() => i);
  i += 0.5;
}
print(gs.map((f) => f()).join());
const hs = [];
let j = 0;
for (; j < 3; j++) hs.push(() => j);
print(hs.map((f) => f()).join());
const ks = [];
for (let i = 0, first = () => i; i < 3; i++) ks.push(first());
print(ks.join());
const ws = [];
let w = 0;
while (w < 3) { let captured = w; ws.push(() => captured); w++; }
print(ws.map((f) => f()).join());
/* expected
0,1,2
0.5,2
3,3,3
0,0,0
0,1,2
*/
