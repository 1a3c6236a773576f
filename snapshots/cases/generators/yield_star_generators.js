function* inner() {
  const x = yield "inner-1";
  print("inner got", x);
  yield "inner-2";
  return "inner-result";
}
function* outer() {
  yield "outer-start";
  const r = yield* inner();
  print("yield* returned", r);
  yield "outer-end";
}
const it = outer();
print(it.next().value);
print(it.next().value);
print(it.next("sent").value);
print(it.next().value);
print(it.next().done);
/* expected
outer-start
inner-1
inner got sent
inner-2
yield* returned inner-result
outer-end
true
*/
