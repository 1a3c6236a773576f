const kind = Symbol("kind");
const describe = Symbol("describe");
class Animal {
  static [kind] = "animal";
  [describe]() { return "I am " + this.constructor[kind]; }
}
class Bird extends Animal { static [kind] = "bird"; }
print(new Animal()[describe](), new Bird()[describe]());
print(Object.getOwnPropertySymbols(Animal.prototype).length, Object.getOwnPropertyNames(Animal.prototype).join(","));
print(Object.getOwnPropertySymbols(Bird)[0] === kind);
/* expected
I am animal I am bird
1 constructor
true
*/
