function enumerate(iterable, start = 0) {
  const it = iterable[Symbol.iterator]();
  let i = start;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      const r = it.next();
      return r.done ? r : { value: [i++, r.value], done: false };
    },
  };
}
for (const [i, ch] of enumerate("abc", 1)) print(i, ch);
const pairs = [...enumerate(["x", "y"])];
print(pairs.join(" | "));
/* expected
1 a
2 b
3 c
0,x | 1,y
*/
