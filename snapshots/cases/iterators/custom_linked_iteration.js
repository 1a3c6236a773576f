function node(value, next = null) { return { value, next }; }
const list = node(1, node(2, node(3)));
const iterableList = {
  head: list,
  *[Symbol.iterator]() { for (let n = this.head; n; n = n.next) yield n.value; },
};
print([...iterableList]);
let total = 0;
for (const v of iterableList) total += v;
print(total);
iterableList.head = node(0, list);
print(Array.from(iterableList).length);
/* expected
1,2,3
6
4
*/
