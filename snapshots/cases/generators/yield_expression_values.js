function* conversation() {
  const name = yield "What is your name?";
  const age = yield "Hello " + name + ", age?";
  return name + " is " + age;
}
const g = conversation();
print(g.next("ignored first").value);
print(g.next("Ann").value);
const last = g.next(33);
print(last.value, last.done);
print(g.next().value, g.next().done);
/* expected
What is your name?
Hello Ann, age?
Ann is 33 true
undefined true
*/
