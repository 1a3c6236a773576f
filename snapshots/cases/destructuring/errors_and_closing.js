try {
  const { a } = undefined;
} catch (e) {
  print("undefined source:", e.name);
}
try {
  const [a] = 5;
} catch (e) {
  print("not iterable:", e.name);
}
let returns = 0;
function counting() {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: i, done: i > 5 }; },
    return() { returns++; return {}; },
  };
}
const [one, two] = counting();
print(one, two, "closed", returns);
const [...all] = counting();
print(all.join(), "closed", returns);
try {
  const [first, second = (() => { throw new RangeError("in default"); })()] = [1];
} catch (e) {
  print(e.name, e.message, "closed", returns);
}
try {
  const [first, [second]] = counting();
} catch (e) {
  print("binding threw:", e.name, "closed", returns);
}
/* expected
undefined source: TypeError
not iterable: TypeError
1 2 closed 1
1,2,3,4,5 closed 1
RangeError in default closed 1
binding threw: TypeError closed 2
*/
