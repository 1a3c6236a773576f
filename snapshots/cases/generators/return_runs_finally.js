function* g() {
  try {
    yield 1;
    yield 2;
  } finally {
    print("finally ran");
  }
  print("never after finally");
}
const it = g();
print(it.next().value);
const r = it.return("early");
print(r.value, r.done);
print(it.next().done);
const fresh = g();
const r2 = fresh.return("before start");
print(r2.value, r2.done);
/* expected
1
finally ran
early true
true
before start true
*/
