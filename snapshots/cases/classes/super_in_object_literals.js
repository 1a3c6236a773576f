const base = {
  greet() {
    return "hello from base";
  },
};
const child = {
  __proto__: base,
  greet() {
    return super.greet() + ", via child";
  },
  arrow() {
    return (() => super.greet())();
  },
};
print(child.greet());
print(child.arrow());
/* expected
hello from base, via child
hello from base
*/
