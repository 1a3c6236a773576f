// new Map(iterable) and new Set(iterable) add through the new object's own
// `set`/`add`, looked up once before iterating.
const seen = [];
const originalSet = Map.prototype.set;
Map.prototype.set = function (k, v) { seen.push(`${k}=${v}`); return originalSet.call(this, k, v); };
const m = new Map([["a", 1], ["b", 2]]);
Map.prototype.set = originalSet;
print(seen.join(" "), m.size);
class CountingSet extends Set {
  add(v) { this.count = (this.count || 0) + 1; return super.add(v); }
}
print(new CountingSet([1, 1, 2]).count);
const originalAdd = Set.prototype.add;
Set.prototype.add = 42;
try { new Set([1]); } catch (e) { print(e.name); }
print(new Set().size, new Set(null).size);
Set.prototype.add = originalAdd;
// A throwing entry read closes the iterator; a non-object entry is a TypeError.
let closed = 0;
const entries = {
  [Symbol.iterator]() {
    return {
      next: () => ({ value: { get 0() { throw new Error("read"); } }, done: false }),
      return() { closed++; return {}; },
    };
  },
};
try { new Map(entries); } catch (e) { print(e.message, closed); }
try { new Map([1]); } catch (e) { print(e.name); }
// Map and Set methods check their own receiver: a Set is not a Map.
const s = new Set([1]);
for (const name of ["has", "delete", "clear", "forEach", "keys", "values", "entries"]) {
  try { Map.prototype[name].call(s, () => {}); print("no error", name); } catch (e) { print(name, e.name); }
}
try { Object.getOwnPropertyDescriptor(Set.prototype, "size").get.call(new Map()); } catch (e) { print("size", e.name); }
print(Map.prototype.has === Set.prototype.has, Set.prototype.keys === Set.prototype.values);
// Symbol.species getters return `this`.
print(Map[Symbol.species] === Map, Set[Symbol.species] === Set, Array[Symbol.species] === Array);
print(Object.getOwnPropertyDescriptor(Map, Symbol.species).get.name);
/* expected
a=1 b=2 2
3
TypeError
0 0
read 1
TypeError
has TypeError
delete TypeError
clear TypeError
forEach TypeError
keys TypeError
values TypeError
entries TypeError
size TypeError
false true
true true true
get [Symbol.species]
*/
