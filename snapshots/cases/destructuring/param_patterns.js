function greet({ name, greeting = "Hello" }) { return greeting + ", " + name; }
print(greet({ name: "Ann" }), greet({ name: "Bo", greeting: "Hi" }));
function pair([a, b] = [0, 0]) { return a + b; }
print(pair(), pair([2, 3]), pair([7]));
const swapArgs = ({ x, y }) => ({ x: y, y: x });
const s = swapArgs({ x: 1, y: 2 });
print(s.x, s.y);
function nested({ opts: { verbose = false, level } = {} } = {}) { return verbose + ":" + level; }
print(nested(), nested({ opts: { level: 3 } }), nested({ opts: { verbose: true } }));
function tail(head, ...[second, third]) { return [head, second, third].join("|"); }
print(tail(1, 2, 3, 4));
print(greet.length, pair.length, tail.length);
/* expected
Hello, Ann Hi, Bo
0 5 NaN
2 1
false:undefined false:3 true:undefined
1|2|3
1 0 1
*/
