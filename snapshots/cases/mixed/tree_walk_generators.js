class TreeNode {
  constructor(value, ...children) { this.value = value; this.children = children; }
  *preorder() { yield this.value; for (const c of this.children) yield* c.preorder(); }
  *postorder() { for (const c of this.children) yield* c.postorder(); yield this.value; }
  *levels() {
    let level = [this];
    while (level.length) {
      yield level.map((n) => n.value);
      const next = [];
      for (const n of level) next.push(...n.children);
      level = next;
    }
  }
  depth() { let d = 0; for (const _ of this.levels()) d++; return d; }
}
const t = new TreeNode("root", new TreeNode("a", new TreeNode("a1"), new TreeNode("a2")), new TreeNode("b", new TreeNode("b1", new TreeNode("deep"))));
print([...t.preorder()].join(" "));
print([...t.postorder()].join(" "));
for (const lvl of t.levels()) print(lvl.join(","));
print(t.depth());
/* expected
root a a1 a2 b b1 deep
a1 a2 a deep b1 b root
root
a,b
a1,a2,b1
deep
4
*/
