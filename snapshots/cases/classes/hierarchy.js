class Animal {
  legs = 4;
  static count = 0;
  static { Animal.count = 10; }
  constructor(name) {
    this.name = name;
    Animal.count++;
  }
  speak() { return `${this.name} makes a sound`; }
  get description() { return `${this.name} (${this.legs} legs)`; }
  static create(name) { return new this(name); }
}
class Dog extends Animal {
  sound = "woof";
  constructor(name) {
    super(name);
    this.tricks = [];
  }
  speak() { return super.speak() + " and says " + this.sound; }
  get description() { return "dog: " + super.description; }
}
const d = new Dog("Rex");
print(d.speak());
print(d.description, d instanceof Dog, d instanceof Animal, Animal.count);
print(Object.keys(d).join(), typeof Dog, Object.getPrototypeOf(Dog) === Animal);
const a = Animal.create("Cat");
print(a.speak(), a.constructor === Animal, Animal.count);
try { Animal("x"); } catch (e) { print(e.name); }
class Empty {}
print(typeof new Empty(), Empty.name);
const Anon = class {};
print(Anon.name);
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  *[Symbol.iterator]() { yield this.x; yield this.y; }
  toString() { return `(${this.x}, ${this.y})`; }
}
print([...new Point(1, 2)].join(), `${new Point(3, 4)}`);
class MyError extends Error {
  constructor(msg) { super(msg); this.name = "MyError"; }
}
try { throw new MyError("custom"); } catch (e) { print(e instanceof MyError, e instanceof Error, e.message, e.name); }
class Derived extends Dog {}
const dd = new Derived("Pup");
print(dd.speak(), dd.legs, dd.sound);
class Arrows extends Animal {
  constructor() { super("arrow"); this.f = () => this.name + "!"; }
}
print(new Arrows().f());
try { class Bad extends Animal { constructor() { this.x = 1; super("b"); } } new Bad(); } catch (e) { print(e.name); }
print(Object.getOwnPropertyNames(Animal.prototype).join());
/* expected
Rex makes a sound and says woof
dog: Rex (4 legs) true true 11
legs,name,sound,tricks function true
Cat makes a sound true 12
TypeError
object Empty
Anon
1,2 (3, 4)
true true custom MyError
Pup makes a sound and says woof 4 woof
arrow!
ReferenceError
constructor,speak,description
*/
