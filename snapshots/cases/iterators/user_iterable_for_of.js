const countdown = {
  from: 3,
  [Symbol.iterator]() {
    let n = this.from;
    return {
      next() { return n > 0 ? { value: n--, done: false } : { value: "ignored", done: true }; },
    };
  },
};
for (const x of countdown) print(x);
print([...countdown].join(","));
print(Array.from(countdown).length);
const [a, b] = countdown;
print(a, b);
countdown.from = 1;
print([...countdown]);
/* expected
3
2
1
3,2,1
3
3 2
1
*/
