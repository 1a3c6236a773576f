const a = [1, 2, 3, 4];
const seen = [];
a.forEach((x, i) => { seen.push(x); if (i === 0) a.pop(); });
print(seen, a);
const b = [1, 2, 3];
const out = b.filter((x, i, arr) => { arr[i + 1] = (arr[i + 1] || 0) * 10; return true; });
print(out, b);
const c = [1, 2, 3];
const visited = [];
c.forEach((x, i) => { visited.push(x); if (i === 0) delete c[1]; });
print(visited);
const grow = [1];
let n = 0;
grow.forEach(() => { n++; grow.push(n); });
print(n, grow.length);
/* expected
1,2,3 1,2,3
1,20,30 1,20,30,0
1,3
1 2
*/
