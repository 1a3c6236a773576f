class Registry {
  static #items = [];
  static #nextId = 1;
  static #format(item) { return item.id + "=" + item.name; }
  static add(name) {
    const item = { id: Registry.#nextId++, name };
    Registry.#items.push(item);
    return item.id;
  }
  static list() { return Registry.#items.map((i) => Registry.#format(i)).join(" "); }
}
Registry.add("a");
Registry.add("b");
print(Registry.add("c"), Registry.list());
print(Object.getOwnPropertyNames(Registry).indexOf("#items"));
/* expected
3 1=a 2=b 3=c
-1
*/
