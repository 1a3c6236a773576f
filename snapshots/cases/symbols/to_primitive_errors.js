const returnsObject = { [Symbol.toPrimitive]() { return {}; } };
try { +returnsObject; } catch (e) { print("object result:", e.name); }
const notCallable = { [Symbol.toPrimitive]: 5 };
try { "" + notCallable; } catch (e) { print("not callable:", e.name); }
const nullish = { [Symbol.toPrimitive]: undefined, valueOf() { return 7; } };
print(nullish * 2);
const throwing = { [Symbol.toPrimitive]() { throw new RangeError("nope"); } };
try { `${throwing}`; } catch (e) { print(e.name, e.message); }
const sym = { [Symbol.toPrimitive]() { return Symbol("x"); } };
try { sym + 1; } catch (e) { print("symbol result:", e.name); }
print(typeof (sym == sym));
/* expected
object result: TypeError
not callable: TypeError
14
RangeError nope
symbol result: TypeError
boolean
*/
