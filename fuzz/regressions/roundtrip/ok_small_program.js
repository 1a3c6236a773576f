// A known-good input: runs to completion.
function* gen(n) { for (let i = 0; i < n; i++) yield i * i }
const m = new Map([...gen(5)].map((v, i) => [i, v]));
let caught;
try { null.x } catch (e) { caught = e instanceof TypeError }
print([...m.values()].join(","), caught, "abc".replace(/b/g, "$&$&"), Math.max(...[3, 1, 2]));
