function Node(value, next) { this.value = value; this.next = next; }
function List() { this.head = null; this.size = 0; }
List.prototype.push = function (v) {
  const node = new Node(v, null);
  if (!this.head) this.head = node;
  else { let n = this.head; while (n.next) n = n.next; n.next = node; }
  this.size++;
  return this;
};
List.prototype.reverse = function () {
  let prev = null, cur = this.head;
  while (cur) { const nx = cur.next; cur.next = prev; prev = cur; cur = nx; }
  this.head = prev;
  return this;
};
List.prototype[Symbol.iterator] = function () {
  let n = this.head;
  return { next() { if (!n) return { done: true, value: undefined }; const v = n.value; n = n.next; return { done: false, value: v }; } };
};
List.prototype.toString = function () { return "(" + [...this].join(" -> ") + ")"; };
const l = new List().push(1).push(2).push(3).push(4);
print(l, l.size);
print(l.reverse(), [...l].length);
let sum = 0;
for (const v of l) sum += v;
print(sum, Math.max(...l));
print(String(new List()), [...new List()].length);
/* expected
(1 -> 2 -> 3 -> 4) 4
(4 -> 3 -> 2 -> 1) 4
10 4
() 0
*/
