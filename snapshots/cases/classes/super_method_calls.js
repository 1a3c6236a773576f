class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + " makes a sound"; }
  static create(n) { return "Animal.create " + n; }
}
class Dog extends Animal {
  speak() { return super.speak() + " (woof)"; }
  static create(n) { return super.create(n) + " via Dog"; }
  later() { const f = () => super.speak(); return f(); }
}
const d = new Dog("rex");
print(d.speak());
print(Dog.create("fido"));
print(d.later());
print(Object.getPrototypeOf(Dog) === Animal);
/* expected
rex makes a sound (woof)
Animal.create fido via Dog
rex makes a sound
true
*/
