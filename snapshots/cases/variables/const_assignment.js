const c = 1;
try { c = 2; } catch (e) { print(e.name, e.message); }
try { c++; } catch (e) { print(e.name); }
try { c += 1; } catch (e) { print(e.message); }
print(c);
const o = { v: 1 };
o.v = 2;
print(o.v);
const arr = [];
arr.push(1);
print(arr.length);
for (const k of [1, 2]) print("k", k);
try { for (const i = 0; i < 2; i++) print("i", i); } catch (e) { print(e.name); }
let calls = 0;
const z = 5;
try { z ??= (calls++, 1); print("no assign", calls); } catch (e) { print("threw"); }
try { z ||= (calls++, 1); print("no assign", calls); } catch (e) { print("threw"); }
try { z &&= (calls++, 1); } catch (e) { print("threw", calls); }
/* expected
TypeError Assignment to constant variable.
TypeError
Assignment to constant variable.
1
2
1
k 1
k 2
i 0
TypeError
no assign 0
no assign 0
threw 1
*/
