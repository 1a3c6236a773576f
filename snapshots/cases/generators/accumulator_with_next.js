function* accumulator() {
  let total = 0;
  while (true) {
    const v = yield total;
    if (v === undefined) return total;
    total += v;
  }
}
const acc = accumulator();
acc.next();
print(acc.next(5).value, acc.next(10).value, acc.next(-3).value);
const end = acc.next();
print(end.value, end.done);
print(acc.next(100).done);
/* expected
5 15 12
12 true
true
*/
