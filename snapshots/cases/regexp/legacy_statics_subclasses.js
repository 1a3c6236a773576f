// The legacy-regexp proposal (which V8 predates) keeps the legacy
// features to RegExp itself: the static properties throw a TypeError for
// another receiver, `compile` refuses instances of subclasses, and a match
// by such an instance empties the static properties, so reading one throws
// until a RegExp with legacy features matches again (setting `input` fills
// that one).
class Sub extends RegExp {}
/(a)/.exec("a");
try { Sub.$1; } catch (e) { print(e.constructor.name, "for a subclass receiver"); }
const getter = Object.getOwnPropertyDescriptor(RegExp, "lastMatch").get;
try { getter.call({}); } catch (e) { print(e.constructor.name, "for another object"); }
print(getter.call(RegExp));
try { new Sub("a").compile("b"); } catch (e) { print(e.constructor.name, "from compile on a subclass instance"); }
print(/a/.compile("b").source, Reflect.construct(RegExp, ["c"], Sub).compile === RegExp.prototype.compile);
try { Reflect.construct(RegExp, ["c"], Sub).compile("d"); } catch (e) { print(e.constructor.name, "for a RegExp made with another new.target"); }
new Sub("(b)").exec("abc");
try { RegExp.$1; } catch (e) { print(e.constructor.name, "after a subclass instance matched"); }
try { RegExp.input; } catch (e) { print(e.constructor.name, "for input too"); }
RegExp.input = "set again";
print(RegExp.input);
try { RegExp.lastMatch; } catch (e) { print(e.constructor.name, "for the others"); }
/(c)/.exec("abc");
print(RegExp.$1, RegExp.input, RegExp.leftContext);
/* expected
TypeError for a subclass receiver
TypeError for another object
a
TypeError from compile on a subclass instance
b true
TypeError for a RegExp made with another new.target
TypeError after a subclass instance matched
TypeError for input too
set again
TypeError for the others
c abc ab
*/
