// A RegExp whose exec is replaced: match, replace, split, test and search
// all go through it (RegExpExec), and see what it returns.
class Logged extends RegExp {
  exec(s) {
    calls.push(this.lastIndex);
    const m = super.exec(s);
    if (m) m[0] = m[0].toUpperCase();
    return m;
  }
}
let calls = [];
print("a1b2".match(new Logged("[a-z]", "g")), calls.join());
calls = [];
print("a1b2".replace(new Logged("([a-z])(\\d)", "g"), "<$2$1>"), calls.join());
calls = [];
print(JSON.stringify("a1b2".split(new Logged("(\\d)"))), calls.length);
calls = [];
print(new Logged("b").test("abc"), "xxb".search(new Logged("b")), calls.join());
// An exec that returns a plain object is read through its properties.
const fake = /x/g;
fake.exec = function () {
  if (this.done) return null;
  this.done = true;
  return { 0: "ab", 1: "b", length: 2, index: 1, groups: { g: "G" } };
};
print("zabz".replace(fake, "[$1|$<g>|$&]"));
const bad = /x/;
bad.exec = () => 42;
try { bad.test("x"); } catch (e) { print(e.name); }
/* expected
A,B 0,1,3
<1a><2b> 0,2,4
["a","1","b","2",""] 4
true 2 0,0
z[b|G|ab]z
TypeError
*/
