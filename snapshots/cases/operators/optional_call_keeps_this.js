const a = {
  b() {
    return this === a;
  },
};
print((a?.b)(), a?.b(), (a.b)());
const missing = null;
try {
  (missing?.b)();
} catch (e) {
  print(e.name);
}
print(missing?.b());
/* expected
true true true
TypeError
undefined
*/
