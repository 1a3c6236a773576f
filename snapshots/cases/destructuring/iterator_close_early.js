function tracked(values) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { print("next", i); return i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }; },
    return() { print("return called"); return {}; },
  };
}
const [a] = tracked([1, 2, 3]);
print("a =", a);
const [b, c, d] = tracked([1, 2]);
print(b, c, d);
const [...all] = tracked([7]);
print(all);
/* expected
next 0
return called
a = 1
next 0
next 1
next 2
1 2 undefined
next 0
next 1
7
*/
