class Counter {
  constructor(limit) { this.n = 0; this.limit = limit; }
  [Symbol.iterator]() { return this; }
  next() {
    return this.n < this.limit ? { value: this.n++, done: false } : { value: undefined, done: true };
  }
}
const c = new Counter(4);
const first = [];
for (const x of c) { first.push(x); if (x === 1) break; }
print(first);
print([...c]);
print([...c].length);
const arrIt = [1, 2, 3][Symbol.iterator]();
print(arrIt[Symbol.iterator]() === arrIt);
arrIt.next();
print([...arrIt]);
/* expected
0,1
2,3
0
true
2,3
*/
