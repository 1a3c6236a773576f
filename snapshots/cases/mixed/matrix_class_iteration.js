class Matrix {
  #rows;
  constructor(rows) { this.#rows = rows.map((r) => [...r]); }
  static identity(n) { return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)))); }
  get size() { return [this.#rows.length, this.#rows[0].length]; }
  *cells() { for (const [i, row] of this.#rows.entries()) for (const [j, v] of row.entries()) yield { i, j, v }; }
  *[Symbol.iterator]() { for (const row of this.#rows) yield [...row]; }
  mul(other) {
    const [n] = this.size, [, m] = other.size, b = [...other];
    return new Matrix(Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => {
      let s = 0;
      for (const { i: ci, j: k, v } of this.cells()) if (ci === i) s += v * b[k][j];
      return s;
    })));
  }
  toString() { return [...this].map((r) => r.join(" ")).join(" / "); }
}
const a = new Matrix([[1, 2], [3, 4]]);
print(`${a}`, a.size);
print(`${a.mul(Matrix.identity(2))}`);
print(`${a.mul(a)}`);
let nonzero = 0;
for (const { v } of Matrix.identity(3).cells()) if (v) nonzero++;
print(nonzero);
/* expected
1 2 / 3 4 2,2
1 2 / 3 4
7 10 / 15 22
3
*/
