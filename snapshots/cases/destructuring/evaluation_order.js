const log = [];
function src() { log.push("source"); return { a: 1, b: 2 }; }
function key(k) { log.push("key " + k); return k; }
function dflt(v) { log.push("default " + v); return v; }
const { [key("a")]: x = dflt("x"), [key("c")]: y = dflt("y"), [key("b")]: z } = src();
print(x, y, z);
print(log.join("; "));
/* expected
1 y 2
source; key a; key c; default y; key b
*/
