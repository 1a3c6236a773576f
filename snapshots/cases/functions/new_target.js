function F() {
  return new.target === F;
}
print(new F() instanceof F, F());
function Shape(kind) {
  if (new.target === undefined) return new Shape(kind);
  this.kind = kind;
}
print(Shape("square").kind, new Shape("circle").kind);
const Bound = F.bind(null);
function Probe() {
  print("new.target is F:", new.target === F);
}
new (Probe.bind(null))();
print(typeof new Bound());
/* expected
true false
square circle
new.target is F: false
object
*/
