// Generator functions inherit from %GeneratorFunction.prototype%, whose
// `prototype` is %GeneratorPrototype%; %GeneratorFunction% exists for
// reflection (jsvm compiles nothing at run time, so calling it throws).
function* g() { yield 1; }
const GeneratorFunctionPrototype = Object.getPrototypeOf(g);
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const GeneratorFunction = GeneratorFunctionPrototype.constructor;
const show = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return d ? `${d.writable}/${d.enumerable}/${d.configurable}` : "none";
};

print(Object.getPrototypeOf(GeneratorFunctionPrototype) === Function.prototype);
print(GeneratorPrototype === Object.getPrototypeOf(g.prototype), typeof GeneratorPrototype.next);
print(GeneratorPrototype.constructor === GeneratorFunctionPrototype, show(GeneratorPrototype, "constructor"));
print(show(GeneratorFunctionPrototype, "prototype"), show(GeneratorFunctionPrototype, "constructor"));
print(GeneratorFunctionPrototype[Symbol.toStringTag], GeneratorPrototype[Symbol.toStringTag]);
print(Object.prototype.toString.call(g), Object.prototype.toString.call(g()));
print(GeneratorFunction.name, GeneratorFunction.length, show(GeneratorFunction, "prototype"));
print(Object.getPrototypeOf(GeneratorFunction) === Function, GeneratorFunction.prototype === GeneratorFunctionPrototype);
print(g instanceof GeneratorFunction, g instanceof Function, typeof GeneratorFunctionPrototype);
print(Object.getPrototypeOf({ *m() {} }.m) === GeneratorFunctionPrototype);
print(Object.getPrototypeOf(function () {}) === Function.prototype);
try {
  GeneratorFunction("yield 1");
  print("compiled");
} catch (e) {
  print(e.name);
}
