const a = [1, 2], b = [3, 4];
print([...a, ...b], [0, ...a, 2.5, ...b, 5]);
print([..."héllo"].length, [..."ab"].join("+"));
const copy = [...a];
copy.push(9);
print(a.length, copy.length);
print(Math.max(...[1, 5, 3]), Math.min(...[]));
function count() { return arguments.length; }
print(count(...a, ...[], ...b), count(...[, ,]));
const set = [...[1, , 3]];
print(set.length, set[1], 1 in set);
try { [...{}]; } catch (e) { print(e.name); }
try { [...null]; } catch (e) { print(e.name); }
const it = { [Symbol.iterator]() { let n = 0; return { next: () => ({ value: n, done: n++ >= 3 }) }; } };
print([...it], [..."x", ...it].join(""));
/* expected
1,2,3,4 0,1,2,2.5,3,4,5
5 a+b
2 3
5 Infinity
4 2
3 undefined true
TypeError
TypeError
0,1,2 x012
*/
