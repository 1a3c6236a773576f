// A small tour: closures, objects, arrays, strings and errors.
function greet(name) {
  return `Hello, ${name}!`;
}
print(greet("jsvm"));

const counter = (() => {
  let count = 0;
  return { next: () => ++count };
})();
counter.next();
print("counter:", counter.next());

const squares = [1, 2, 3, 4].map((x) => x * x);
print("squares:", squares.join(", "));

try {
  null.field;
} catch (e) {
  print("caught:", e.message);
}
