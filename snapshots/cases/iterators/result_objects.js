const it = [10][Symbol.iterator]();
const r1 = it.next();
print(typeof r1, Object.keys(r1).join(","), r1.value, r1.done);
const r2 = it.next();
print(r2.value, r2.done);
const weird = {
  [Symbol.iterator]() {
    let i = 0;
    return { next() { i++; return { value: i, done: i > 2 ? 1 : "" }; } };
  },
};
print([...weird]);
const getterResult = {
  [Symbol.iterator]() {
    return { next() { return { get done() { print("done read"); return true; }, get value() { print("value read"); return 0; } }; } };
  },
};
print([...getterResult].length);
/* expected
object value,done 10 false
undefined true
1,2
done read
0
*/
