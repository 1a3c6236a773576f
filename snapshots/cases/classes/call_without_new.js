class K { constructor() { this.a = 1; } }
try { K(); } catch (e) { print(e.name); }
try { K.call({}); } catch (e) { print(e.name); }
const Expr = class {};
try { Expr(); } catch (e) { print(e.name); }
print(new K().a);
class M { method() { return 1; } }
try { new (new M().method)(); } catch (e) { print("method not ctor:", e.name); }
/* expected
TypeError
TypeError
TypeError
1
method not ctor: TypeError
*/
