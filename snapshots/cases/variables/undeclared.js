try { undeclaredVar = 5; } catch (e) { print(e.name, e.message); }
print(typeof undeclaredVar);
try { print(missing); } catch (e) { print(e.name, e.message); }
try { missing2.prop; } catch (e) { print(e.message); }
try { missingFn(); } catch (e) { print(e.message); }
print(typeof missing3 === "undefined");
globalThis.defined = 1;
print(defined, typeof defined);
defined = 2;
print(globalThis.defined);
var topVar = "tv";
print(globalThis.topVar);
let topLet = "tl";
print(globalThis.topLet);
function topFn() {}
print(typeof globalThis.topFn);
/* expected
ReferenceError undeclaredVar is not defined
undefined
ReferenceError missing is not defined
missing2 is not defined
missingFn is not defined
true
1 number
2
tv
undefined
function
*/
