const sym = Symbol("method");
const empty = Symbol();
const o = {
  [sym]() {},
  [empty]() {},
  get [Symbol.for("acc")]() { return 1; },
};
print(o[sym].name, "[" + o[empty].name + "]");
const d = Object.getOwnPropertyDescriptor(o, Symbol.for("acc"));
print(d.get.name);
class K { static [Symbol.iterator]() {} }
print(K[Symbol.iterator].name);
/* expected
[method] []
get [acc]
[Symbol.iterator]
*/
