let self;
function* g() {
  try { self.next(); } catch (e) { yield "reentry " + e.name; }
}
self = g();
print(self.next().value);
print(self.next().done);
/* expected
reentry TypeError
true
*/
