function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
Animal.prototype.legs = 4;
function Bird(name) { Animal.call(this, name); this.legs = 2; }
Bird.prototype = Object.create(Animal.prototype);
Bird.prototype.constructor = Bird;
Bird.prototype.speak = function () { return Animal.prototype.speak.call(this) + " (tweet)"; };
const b = new Bird("tweety");
const a = new Animal("rex");
print(a.speak());
print(b.speak());
print(a.legs, b.legs, delete b.legs, b.legs);
print(b instanceof Bird, b instanceof Animal, Animal.prototype.isPrototypeOf(b));
Animal.prototype.eat = function () { return this.name + " eats"; };
print(b.eat());
let depth = 0;
for (let o = b; o !== null; o = Object.getPrototypeOf(o)) depth++;
print(depth);
print(Object.getPrototypeOf(Object.prototype));
/* expected
rex makes a sound
tweety makes a sound (tweet)
4 2 true 4
true true true
tweety eats
4
null
*/
