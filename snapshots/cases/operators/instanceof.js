function Animal() {}
function Dog() {}
Dog.prototype = Object.create(Animal.prototype);
const d = new Dog();
print(d instanceof Dog, d instanceof Animal, d instanceof Object);
print(new Animal() instanceof Dog);
print([] instanceof Array, [] instanceof Object, {} instanceof Array);
print(Object.create(null) instanceof Object);
print(1 instanceof Number, new Number(1) instanceof Number);
print("s" instanceof String, new String("s") instanceof String);
print((() => 1) instanceof Object, print instanceof Object);
print(new TypeError("x") instanceof Error, new Error("x") instanceof TypeError);
try { print(1 instanceof 1); } catch (e) { print(e.name); }
try { print({} instanceof {}); } catch (e) { print(e.name); }
const bound = Dog.bind(null);
print(d instanceof bound);
/* expected
true true true
false
true true false
false
false true
false true
true true
true false
TypeError
TypeError
true
*/
