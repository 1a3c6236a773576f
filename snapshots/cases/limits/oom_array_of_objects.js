// limits: memory=4000000
let base = "ab";
for (let i = 0; i < 13; i++) base += base;
print(base.length);
const keep = [];
let i = 0;
while (true) {
  keep.push({ id: i, payload: String(i) + base });
  i++;
}
// expect-verdict: out_of_memory
/* expected
16384
*/
