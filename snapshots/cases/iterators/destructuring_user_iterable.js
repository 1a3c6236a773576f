function logging(values) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { print("pull", i); return { value: values[i], done: i++ >= values.length }; },
        return() { print("closed"); return {}; },
      };
    },
  };
}
const [a, , c] = logging(["A", "B", "C", "D"]);
print(a, c);
const [x, y, z = "zz"] = logging(["X"]);
print(x, y, z);
/* expected
pull 0
pull 1
pull 2
closed
A C
pull 0
pull 1
X undefined zz
*/
