function* fragile() {
  yield 1;
  print("not reached");
}
const it = fragile();
it.next();
try { it.throw(new RangeError("boom")); } catch (e) { print("outside:", e.name, e.message); }
print(it.next().done);
const unstarted = fragile();
try { unstarted.throw(new Error("early")); } catch (e) { print("unstarted:", e.message); }
print(unstarted.next().done);
/* expected
outside: RangeError boom
true
unstarted: early
true
*/
