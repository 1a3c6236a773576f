function* inner() {
  try {
    yield 1;
    yield 2;
  } catch (e) {
    print("inner caught", e);
    yield "recovered";
  } finally {
    print("inner finally");
  }
}
function* outer() { yield* inner(); yield "outer-after"; }
const a = outer();
a.next();
print(a.throw("E").value);
print(a.next().value);
const b = outer();
b.next();
const r = b.return("stop");
print(r.value, r.done);
/* expected
inner caught E
recovered
inner finally
outer-after
inner finally
stop true
*/
