print(Array.from("héllo").join("|"));
print(Array.from({ length: 3, 0: "a", 2: "c" }).join("|"));
print(Array.from([1, 2, 3], (x, i) => x * 10 + i).join());
function* gen() {
  yield "g1";
  yield "g2";
}
print(Array.from(gen()).join());
print(Array.of(7).length, Array.of(1, 2, 3).join(), Array(7).length);
const s1 = Symbol.for("app.key");
print(s1 === Symbol.for("app.key"), Symbol.keyFor(s1), Symbol.keyFor(Symbol("local")));
print(s1.description, s1 === Symbol("app.key"));
/* expected
h|é|l|l|o
a||c
10,21,32
g1,g2
1 1,2,3 7
true app.key undefined
app.key false
*/
