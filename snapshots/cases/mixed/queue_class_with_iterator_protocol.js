class Queue {
  #items = [];
  #head = 0;
  enqueue(...xs) { this.#items.push(...xs); return this; }
  dequeue() {
    if (this.#head >= this.#items.length) throw new RangeError("queue empty");
    return this.#items[this.#head++];
  }
  get length() { return this.#items.length - this.#head; }
  [Symbol.iterator]() {
    return { next: () => (this.length > 0 ? { value: this.dequeue(), done: false } : { value: undefined, done: true }) };
  }
}
const q = new Queue().enqueue("a", "b", "c");
print(q.dequeue(), q.length);
for (const x of q) { print("drained", x); if (x === "b") q.enqueue("late"); }
print(q.length);
try { q.dequeue(); } catch (e) { print(e.name, e.message); }
print([...new Queue().enqueue(1, 2)].join("+"));
/* expected
a 2
drained b
drained c
drained late
0
RangeError queue empty
1+2
*/
