// Reflect.apply and Reflect.construct, with newTarget.
function sum(...xs) { return this.base + xs.reduce((s, x) => s + x, 0) }
print(Reflect.apply(sum, { base: 100 }, [1, 2, 3]));
print(Reflect.apply(Math.max, undefined, { length: 3, 0: 4, 1: 9, 2: 2 }));
class Animal { constructor(name) { this.name = name; this.kind = new.target.name } }
class Dog extends Animal {}
const made = Reflect.construct(Animal, ['rex'], Dog);
print(made.name, made.kind, made instanceof Dog, Object.getPrototypeOf(made) === Dog.prototype);
print(Reflect.construct(Array, [3]).length);
const bad = [
  () => Reflect.apply(1, null, []),
  () => Reflect.apply(sum, null),
  () => Reflect.construct(() => 1, []),
  () => Reflect.construct(Animal, [], Math.max),
  () => Reflect.get(1, 'x'),
  () => Reflect.ownKeys('str'),
  () => Reflect.setPrototypeOf({}, 1),
  () => Reflect.defineProperty({}, 'x', 1),
];
for (const f of bad) {
  try { f(); print('no error') } catch (e) { print(e.constructor.name) }
}
