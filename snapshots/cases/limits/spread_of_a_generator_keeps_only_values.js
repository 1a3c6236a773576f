// limits: memory=2097152
// Spreading a generator keeps the values, not every step's result object.
function* count(n) {
  for (let i = 0; i < n; i++) yield i;
}
const all = [...count(50000)];
print(all.length, all[49999]);
/* expected
50000 49999
*/
