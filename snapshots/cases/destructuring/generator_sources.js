function* nums() {
  try {
    yield 1; yield 2; yield 3; yield 4;
  } finally {
    print("generator closed");
  }
}
const [a, b] = nums();
print(a, b);
const [x, ...rest] = nums();
print(x, rest);
function* abc() { yield "a"; yield "b"; }
const [p, q, r = "r-default"] = abc();
print(p, q, r);
/* expected
generator closed
1 2
generator closed
1 2,3,4
a b r-default
*/
