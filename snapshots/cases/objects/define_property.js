const o = {};
Object.defineProperty(o, "x", { value: 1 });
const d = Object.getOwnPropertyDescriptor(o, "x");
print(d.value, d.writable, d.enumerable, d.configurable);
try { o.x = 2; } catch (e) { print(e.name); }
try { Object.defineProperty(o, "x", { value: 3 }); } catch (e) { print(e.name); }
Object.defineProperty(o, "y", { get() { return 42; }, enumerable: true, configurable: true });
print(o.y, Object.keys(o).join());
const a = [1, 2, 3];
Object.freeze(a);
print(Object.isFrozen(a), Object.isSealed(a), Object.isExtensible(a));
try { a[0] = 9; } catch (e) { print("frozen element:", e.name); }
try { a.push(4); } catch (e) { print("push:", e.name); }
print(a.join());
const s = Object.seal({ p: 1 });
s.p = 2;
try { delete s.p; } catch (e) { print("sealed delete:", e.name); }
print(s.p, Object.isSealed(s), Object.isFrozen(s));
const arr = [1, 2, 3];
Object.defineProperty(arr, "length", { writable: false });
try { arr.push(4); } catch (e) { print("length frozen:", e.name); }
Object.defineProperty(arr, 1, { value: "two", enumerable: false });
print(arr[1], Object.keys(arr).join(), arr.length);
print(Object.getOwnPropertyNames("ab").join());
/* expected
1 false false false
TypeError
TypeError
42 y
true true false
frozen element: TypeError
push: TypeError
1,2,3
sealed delete: TypeError
2 true false
length frozen: TypeError
two 0,2 3
0,1,length
*/
