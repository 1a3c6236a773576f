function matmul(a, b) {
  const rows = a.length, cols = b[0].length, inner = b.length;
  const out = [];
  for (let i = 0; i < rows; i++) {
    const row = [];
    for (let j = 0; j < cols; j++) {
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += a[i][k] * b[k][j];
      row.push(sum);
    }
    out.push(row);
  }
  return out;
}
function show(m) { for (const row of m) print(row.join("\t")); }
const A = [[1, 2, 3], [4, 5, 6]];
const B = [[7, 8], [9, 10], [11, 12]];
show(matmul(A, B));
const I = [[1, 0], [0, 1]];
const F = [[1, 1], [1, 0]];
let P = I;
for (let i = 0; i < 30; i++) P = matmul(P, F);
print("fib(30) =", P[0][1]);
show(matmul([[0.1, 0.2]], [[1], [1]]));
/* expected
58	64
139	154
fib(30) = 832040
0.30000000000000004
*/
