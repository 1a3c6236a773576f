// Object.fromEntries: any iterable of entries; keys through ToPropertyKey;
// later duplicates win.
print(JSON.stringify(Object.fromEntries([["a", 1], ["b", 2], ["a", 3]])));
print(JSON.stringify(Object.fromEntries(new Map([[1, "one"], [true, "yes"]]))));
const sym = Symbol("s");
print(Object.fromEntries([[sym, 1]])[sym], Object.getPrototypeOf(Object.fromEntries([])) === Object.prototype);
print(JSON.stringify(Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k, v * 10]))));
// Entries must be objects (read by index): even strings are refused.
print(JSON.stringify(Object.fromEntries([{ 0: "k", 1: "v", length: 0 }])));
try { Object.fromEntries(["ab"]); } catch (e) { print(e.name); }
try { Object.fromEntries([1]); } catch (e) { print(e.name); }
try { Object.fromEntries(null); } catch (e) { print(e.name); }
try { Object.fromEntries({}); } catch (e) { print(e.name); }
print(Object.fromEntries.length);
/* expected
{"a":3,"b":2}
{"1":"one","true":"yes"}
1 true
{"x":10,"y":20}
{"k":"v"}
TypeError
TypeError
TypeError
TypeError
1
*/
