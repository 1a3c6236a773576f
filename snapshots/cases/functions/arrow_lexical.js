const obj = {
  name: "obj",
  regular() { return [1].map(function () { return this; })[0]; },
  arrow() { return [1].map(() => this.name)[0]; },
  nested() { return (() => () => this.name)()(); },
};
print(obj.regular(), obj.arrow(), obj.nested());
function outer() {
  const a = () => arguments[0];
  return a("ignored");
}
print(outer("outer arg"));
const detached = obj.arrow;
try { detached(); } catch (e) { print(e.name); }
const top = () => typeof this;
print(top());
const callIt = (() => this).call({ x: 1 });
print(callIt === globalThis);
const mk = () => ({ v: 1 });
print(mk().v);
try { new (() => {})(); } catch (e) { print(e.name); }
print((() => {}).prototype);
/* expected
undefined obj obj
outer arg
TypeError
object
true
1
TypeError
undefined
*/
