const obj = {
  items: ["a", "b"],
  *each() { for (const i of this.items) yield i.toUpperCase(); },
  *[Symbol.iterator]() { yield* this.items; },
  *["gen" + 2]() { yield 2; },
};
print([...obj.each()], [...obj], [...obj.gen2()]);
class Tree {
  constructor(v, kids = []) { this.v = v; this.kids = kids; }
  *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; }
  static *range(n) { for (let i = 0; i < n; i++) yield i; }
}
const t = new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)]);
print([...t].join(","), [...Tree.range(3)].join(","));
/* expected
A,B a,b 2
1,2,3,4 0,1,2
*/
