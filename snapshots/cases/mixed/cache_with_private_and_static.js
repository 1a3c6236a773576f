class LRU {
  #cap; #keys = []; #vals = {};
  static #hits = 0; static #misses = 0;
  constructor(cap) { this.#cap = cap; }
  get(k) {
    if (!Object.hasOwn(this.#vals, k)) { LRU.#misses++; return undefined; }
    LRU.#hits++;
    this.#keys = [...this.#keys.filter((x) => x !== k), k];
    return this.#vals[k];
  }
  set(k, v) {
    this.#keys = this.#keys.filter((x) => x !== k);
    this.#keys.push(k);
    this.#vals[k] = v;
    if (this.#keys.length > this.#cap) { const [old, ...keep] = this.#keys; this.#keys = keep; delete this.#vals[old]; }
  }
  get keys() { return this.#keys.join(","); }
  static stats() { return `hits=${LRU.#hits} misses=${LRU.#misses}`; }
}
const c = new LRU(2);
c.set("a", 1); c.set("b", 2);
c.get("a");
c.set("c", 3);
print(c.keys, c.get("b"), c.get("a"), c.get("c"));
print(LRU.stats());
/* expected
a,c undefined 1 3
hits=3 misses=1
*/
