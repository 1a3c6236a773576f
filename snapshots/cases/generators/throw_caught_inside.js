function* resilient() {
  let errors = 0;
  while (true) {
    try {
      yield "ok" + errors;
    } catch (e) {
      errors++;
      print("caught", e.message);
    }
  }
}
const it = resilient();
print(it.next().value);
print(it.throw(new Error("first")).value);
print(it.throw(new Error("second")).value);
print(it.next().value);
/* expected
ok0
caught first
ok1
caught second
ok2
ok2
*/
