class LinkedList {
  #head = null;
  #size = 0;
  static from(iterable) { const l = new LinkedList(); for (const x of iterable) l.append(x); return l; }
  append(value) {
    const node = { value, next: null };
    if (!this.#head) this.#head = node;
    else { let n = this.#head; while (n.next) n = n.next; n.next = node; }
    this.#size++;
    return this;
  }
  prepend(value) { this.#head = { value, next: this.#head }; this.#size++; return this; }
  get size() { return this.#size; }
  *[Symbol.iterator]() { for (let n = this.#head; n; n = n.next) yield n.value; }
  map(f) { return LinkedList.from((function* (l) { for (const v of l) yield f(v); })(this)); }
  toString() { return "(" + [...this].join(" -> ") + ")"; }
}
const list = LinkedList.from([2, 3]).prepend(1).append(4);
print(String(list), list.size);
print(`${list.map((x) => x * x)}`);
const [first, ...rest] = list;
print(first, rest.join("|"));
print(String(new LinkedList()), new LinkedList().size);
/* expected
(1 -> 2 -> 3 -> 4) 4
(1 -> 4 -> 9 -> 16)
1 2|3|4
() 0
*/
