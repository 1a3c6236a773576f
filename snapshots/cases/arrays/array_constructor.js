print(Array(3).length, Array(3).join("-"), 0 in Array(3));
print(Array(1, 2, 3), Array("3").length, Array("3")[0]);
print(new Array(2).length, new Array(4, 5).length, Array().length);
try { Array(-1); } catch (e) { print(e.name); }
try { new Array(1.5); } catch (e) { print(e.name); }
print(Array.isArray([]), Array.isArray(Array(2)), Array.isArray({ length: 0 }), Array.isArray("ab"));
const a = Array(2);
a[0] = "first";
print(a, a.length);
print(Array.isArray(Array.prototype));
/* expected
3 -- false
1,2,3 1 3
2 2 0
RangeError
RangeError
true true false false
first, 2
true
*/
