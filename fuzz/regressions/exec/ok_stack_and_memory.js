function f() { return f() }
try { f() } catch (e) { print(e.message) }
let s = "ab"; while (true) s += s;
