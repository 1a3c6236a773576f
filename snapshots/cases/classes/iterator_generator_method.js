class Range {
  constructor(lo, hi, step = 1) { this.lo = lo; this.hi = hi; this.step = step; }
  *[Symbol.iterator]() {
    for (let i = this.lo; i < this.hi; i += this.step) yield i;
  }
  *evens() { for (const x of this) if (x % 2 === 0) yield x; }
}
const r = new Range(1, 8);
print([...r].join(","));
print([...r.evens()].join(","));
print(Array.from(new Range(0, 10, 3)).join(","));
const [first, , third] = new Range(5, 100, 5);
print(first, third);
/* expected
1,2,3,4,5,6,7
2,4,6
0,3,6,9
5 15
*/
