// new.target in arrow functions is the enclosing function's (undefined in
// class field initializers, static blocks and plain calls).
function F() { const get = () => new.target; const nested = () => () => new.target; return [get() === F, nested()() === F]; }
print(String(F()), new F() instanceof Array);
function G() { this.seen = (() => new.target)(); }
print(new G().seen === G);
class A { x = (() => new.target)(); static s = (() => new.target)(); constructor() { this.y = (() => new.target)(); } }
const a = new A();
print(a.x, A.s, a.y === A);
function* gen() { yield (() => new.target)(); }
print(gen().next().value);
function H() { return (() => new.target)(); }
print(H(), Reflect.construct(H, [], G) === G);
/* expected
false,false true
true
undefined undefined true
undefined
undefined true
*/
