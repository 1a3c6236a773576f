const o = { a: 1, b: undefined };
print(o.hasOwnProperty("a"), o.hasOwnProperty("b"), o.hasOwnProperty("c"), o.hasOwnProperty("toString"));
print(delete o.a, o.hasOwnProperty("a"), delete o.a);
const arr = [1, 2, 3];
print(arr.hasOwnProperty(0), arr.hasOwnProperty("length"), arr.hasOwnProperty(5));
delete arr[2];
print(arr.length, arr.hasOwnProperty(2), arr);
try { delete arr.length; } catch (e) { print(e.name); }
const noProto = Object.create(null);
noProto.k = 1;
print(Object.prototype.hasOwnProperty.call(noProto, "k"));
print(Object.prototype.propertyIsEnumerable.call([1], 0), [1].propertyIsEnumerable("length"));
const shadow = { hasOwnProperty() { return "shadowed"; } };
print(shadow.hasOwnProperty("x"), Object.prototype.hasOwnProperty.call(shadow, "hasOwnProperty"));
try { delete Math.PI; } catch (e) { print(e.name); }
print(Math.PI);
/* expected
true true false false
true false true
true true false
3 false 1,2,
TypeError
true
true false
shadowed true
TypeError
3.141592653589793
*/
