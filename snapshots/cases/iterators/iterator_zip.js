// Iterator.zip and Iterator.zipKeyed (joint iteration): values in step,
// ending as the mode says, closing the iterators still open.
const closed = [];
function* gen(name, n) {
  try { for (let i = 1; i <= n; i++) yield name + i; } finally { closed.push(name); }
}
print(JSON.stringify(Iterator.zip([[1, 2, 3], "ab".split("")]).toArray()));
print(JSON.stringify(Iterator.zip([[1, 2, 3], [4]], { mode: "longest", padding: ["x", "y"] }).toArray()));
print(JSON.stringify(Iterator.zip([[1], [2, 3]], { mode: "longest" }).toArray()));
print(JSON.stringify(Iterator.zip([gen("a", 3), gen("b", 1)]).toArray()), closed.join());
try { Iterator.zip([[1, 2], [3]], { mode: "strict" }).toArray(); } catch (e) { print(e.name); }
print(JSON.stringify(Iterator.zip([[1, 2], [3, 4]], { mode: "strict" }).toArray()));
const keyed = Iterator.zipKeyed({ x: [1, 2], y: new Set(["a", "b", "c"]) }).toArray();
print(JSON.stringify(keyed), Object.getPrototypeOf(keyed[0]));
print(JSON.stringify(Iterator.zipKeyed({ x: [1], y: [2, 3] }, { mode: "longest", padding: { x: 0 } }).toArray()));
closed.length = 0;
const z = Iterator.zip([gen("p", 5), gen("q", 5)]);
z.next();
print(z.return().done, closed.join());
print(Iterator.zip([]).next().done, typeof Iterator.zip, Iterator.zipKeyed.length);
for (const bad of [1, "ab", [1]]) {
  try { Iterator.zip(bad).next(); } catch (e) { print(e.name); }
}
try { Iterator.zip([], { mode: "all" }); } catch (e) { print(e.name); }
/* expected
[[1,"a"],[2,"b"]]
[[1,4],[2,"y"],[3,"y"]]
[[1,2],[null,3]]
[["a1","b1"]] b,a
TypeError
[[1,3],[2,4]]
[{"x":1,"y":"a"},{"x":2,"y":"b"}] null
[{"x":1,"y":2},{"x":0,"y":3}]
true q,p
true function 1
TypeError
TypeError
TypeError
TypeError
*/
