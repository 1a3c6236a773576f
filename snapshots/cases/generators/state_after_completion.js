function* once() { yield "only"; return "done-value"; }
const g = once();
print(g.next().value);
const fin = g.next();
print(fin.value, fin.done);
const again = g.next();
print(again.value, again.done);
print(g.return("r").value, g.return("r").done);
try { g.throw(new Error("after")); } catch (e) { print("throw after done:", e.message); }
function* thrower() { throw new Error("inside"); }
const t = thrower();
try { t.next(); } catch (e) { print(e.message); }
print(t.next().done);
/* expected
only
done-value true
undefined true
r true
throw after done: after
inside
true
*/
