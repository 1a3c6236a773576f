const s = Symbol("s");
try { new Symbol(); } catch (e) { print("new:", e.name); }
try { s + ""; } catch (e) { print("concat:", e.name); }
try { +s; } catch (e) { print("unary plus:", e.name); }
try { s * 2; } catch (e) { print("multiply:", e.name); }
try { Number(s); } catch (e) { print("Number():", e.name); }
print(String(s), Boolean(s), !s, typeof Object(s));
print(s == s, Object(s) == s, Object(s) === s);
/* expected
new: TypeError
concat: TypeError
unary plus: TypeError
multiply: TypeError
Number(): TypeError
Symbol(s) true false object
true true false
*/
