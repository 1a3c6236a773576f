// Every shape of template: substitutions at either end, adjacent, alone;
// each is converted with ToString right after it is evaluated, in order.
const a = 1, b = "x";
print(`${a}-${b}`, `pre${a}`, `${a}post`, `${a}`, `only`, ``, `${a}${b}${a}`, `a${"b"}c${[1,2]}d${{ toString() { return "T"; } }}e`);
let order = [];
const o = { toString() { order.push("o"); return "O"; } };
const p = { toString() { order.push("p"); return "P"; } };
print(`${(order.push("e1"), o)}|${(order.push("e2"), p)}`, order.join());
try { `${Symbol()}`; } catch (e) { print(e.name); }
print(`\u{1F600}${"\ud800"}`.length, `${"x".repeat(3)}`.length);
/* expected
1-x pre1 1post 1 only  1x1 abc1,2dTe
O|P e1,o,e2,p
TypeError
3 3
*/
