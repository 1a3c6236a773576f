const custom = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next(v) { print("next got", v); i++; return { value: i, done: i > 2 }; },
      return(v) { print("custom return", v); return { value: v, done: true }; },
    };
  },
};
function* g() { const res = yield* custom; print("result", res); }
const it = g();
print(it.next("a").value);
print(it.next("b").value);
print(it.next("c").done);
const it2 = g();
it2.next();
print(it2.return("X").value);
/* expected
next got undefined
1
next got b
2
next got c
result 3
true
next got undefined
custom return X
X
*/
