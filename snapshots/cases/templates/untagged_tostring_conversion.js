const obj = {
  toString() { return "via toString"; },
  valueOf() { return "via valueOf"; },
};
print(`${obj}`);
print("" + obj);
const prim = { [Symbol.toPrimitive](hint) { return "hint:" + hint; } };
print(`${prim}`, "" + prim);
try { print(`${Symbol("s")}`); } catch (e) { print(e.name); }
print(`${-0}`, `${1e21}`, `${0.1 + 0.2}`);
/* expected
via toString
via valueOf
hint:string hint:default
TypeError
0 1e+21 0.30000000000000004
*/
