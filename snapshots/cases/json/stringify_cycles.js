// A value that contains itself is a TypeError; the same object twice
// side by side is not a cycle.
const o = { name: "o" };
o.self = o;
try { JSON.stringify(o); } catch (e) { print(e.name, e.message); }
const a = [1];
a.push([a]);
try { JSON.stringify(a); } catch (e) { print(e.name); }
const shared = { x: 1 };
print(JSON.stringify({ p: shared, q: shared, r: [shared, shared] }));
// A toJSON that returns a fresh object each time never repeats one: it
// ends at the nesting limit instead.
const t = { toJSON() { return { back: t }; } };
try { JSON.stringify(t); } catch (e) { print(e.name); }
// After the error nothing is left on the stack: the next call works.
print(JSON.stringify({ ok: [o.name] }));
// Errors thrown by getters, toJSON and the replacer propagate.
try { JSON.stringify({ get boom() { throw new RangeError("getter"); } }); } catch (e) { print(e.name, e.message); }
try { JSON.stringify({ toJSON() { throw new Error("toJSON"); } }); } catch (e) { print(e.message); }
try { JSON.stringify([1], () => { throw new Error("replacer"); }); } catch (e) { print(e.message); }
/* expected
TypeError Converting circular structure to JSON
TypeError
{"p":{"x":1},"q":{"x":1},"r":[{"x":1},{"x":1}]}
RangeError
{"ok":["o"]}
RangeError getter
toJSON
replacer
*/
