class Store {
  #state; #listeners = [];
  static #instances = 0;
  constructor(initial) { this.#state = { ...initial }; Store.#instances++; }
  static get instances() { return Store.#instances; }
  subscribe(fn) { this.#listeners.push(fn); return () => { this.#listeners = this.#listeners.filter((l) => l !== fn); }; }
  get state() { return { ...this.#state }; }
  dispatch({ type, ...payload }) {
    const prev = this.#state;
    if (type === "set") this.#state = { ...prev, ...payload };
    else if (type === "reset") this.#state = {};
    else throw new TypeError(`unknown action ${type}`);
    for (const l of this.#listeners) l(this.state, prev);
  }
}
const s = new Store({ a: 1 });
const unsub = s.subscribe(({ a, b = "-" }, { a: oldA }) => print(`a: ${oldA} -> ${a}, b: ${b}`));
s.dispatch({ type: "set", a: 2 });
s.dispatch({ type: "set", b: "x" });
unsub();
s.dispatch({ type: "reset" });
print(Object.keys(s.state).length, Store.instances);
try { s.dispatch({ type: "oops" }); } catch (e) { print(e.name, e.message); }
/* expected
a: 1 -> 2, b: -
a: 2 -> 2, b: x
0 1
TypeError unknown action oops
*/
