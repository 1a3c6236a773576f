function* gen() { yield 1; yield 2; yield 3; }
print([0, ...gen(), 4]);
print(Math.max(...gen()));
print(Array.from(gen(), (x, i) => x * 10 + i));
print(Array.from({ length: 3 }, (_, i) => i * i));
const iterable = { [Symbol.iterator]: () => ["p", "q"].values() };
print([...iterable, ...iterable].join(""));
function args(...a) { return a.length; }
print(args(...iterable, ...gen()));
try { [...{}]; } catch (e) { print(e.name); }
try { Math.max(...5); } catch (e) { print(e.name); }
/* expected
0,1,2,3,4
3
10,21,32
0,1,4
pqpq
5
TypeError
TypeError
*/
