class EventQueue {
  #queue = [];
  push(type, payload) { this.#queue.push({ type, payload }); }
  *drain() {
    let i = 0;
    while (i < this.#queue.length) yield this.#queue[i++];
    this.#queue = [];
  }
}
const q = new EventQueue();
const handlers = {
  click: ({ x, y }) => `click at ${x},${y}`,
  key: ({ key }) => `key ${key}`,
  spawn: ({ type, payload }) => { q.push(type, payload); return `spawned ${type}`; },
};
q.push("click", { x: 1, y: 2 });
q.push("spawn", { type: "key", payload: { key: "Enter" } });
q.push("unknown", {});
for (const { type, payload } of q.drain()) {
  const h = handlers[type];
  print(h ? h(payload) : `no handler for ${type}`);
}
print([...q.drain()].length);
/* expected
click at 1,2
spawned key
no handler for unknown
key Enter
0
*/
