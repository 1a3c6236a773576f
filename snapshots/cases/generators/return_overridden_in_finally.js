function* g() {
  try {
    yield "a";
  } finally {
    yield "cleanup-step";
    print("after cleanup yield");
  }
}
const it = g();
print(it.next().value);
const r1 = it.return("R");
print(r1.value, r1.done);
const r2 = it.next();
print(r2.value, r2.done);
function* h() { try { yield 1; } finally { return "from finally"; } }
const h1 = h();
h1.next();
print(h1.return("ignored").value);
/* expected
a
cleanup-step false
after cleanup yield
R true
from finally
*/
