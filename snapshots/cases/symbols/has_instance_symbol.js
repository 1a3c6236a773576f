const Even = { [Symbol.hasInstance]: (n) => n % 2 === 0 };
print(2 instanceof Even, 3 instanceof Even);
function Legacy() {}
print(new Legacy() instanceof Legacy, {} instanceof Legacy);
class Wrapper { static [Symbol.hasInstance](v) { return v instanceof Legacy; } }
print(new Legacy() instanceof Wrapper, [] instanceof Wrapper);
const truthy = { [Symbol.hasInstance]() { return "yes"; } };
print(1 instanceof truthy);
try { 1 instanceof {}; } catch (e) { print(e.name); }
try { 1 instanceof { [Symbol.hasInstance]: 1 }; } catch (e) { print(e.name); }
/* expected
true false
true false
true false
true
TypeError
TypeError
*/
