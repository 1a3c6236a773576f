class Inventory {
  #items = {};
  #log = [];
  add(sku, qty = 1) {
    if (qty <= 0) throw new RangeError("qty must be positive");
    this.#items[sku] = (this.#items[sku] ?? 0) + qty;
    this.#log.push(`+${qty} ${sku}`);
    return this;
  }
  remove(sku, qty = 1) {
    const have = this.#items[sku] ?? 0;
    if (have < qty) throw new Error(`not enough ${sku}: have ${have}, need ${qty}`);
    this.#items[sku] = have - qty;
    if (this.#items[sku] === 0) delete this.#items[sku];
    this.#log.push(`-${qty} ${sku}`);
    return this;
  }
  get skus() { return Object.keys(this.#items); }
  count(sku) { return this.#items[sku] ?? 0; }
  *history() { yield* this.#log; }
}
const inv = new Inventory().add("apple", 5).add("pear").remove("apple", 2);
print(inv.skus.join(","), inv.count("apple"), inv.count("kiwi"));
try { inv.remove("pear", 3); } catch (e) { print(e.message); }
try { inv.add("kiwi", 0); } catch (e) { print(e.name, e.message); }
inv.remove("pear");
print(inv.skus.join(","), [...inv.history()].join("; "));
print(Object.keys(inv).length, inv.items);
/* expected
apple,pear 3 0
not enough pear: have 1, need 3
RangeError qty must be positive
apple +5 apple; +1 pear; -2 apple; -1 pear
0 undefined
*/
