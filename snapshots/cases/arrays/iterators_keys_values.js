const a = ["x", "y", , "z"];
print([...a.keys()].join());
print([...a.values()].join());
const ents = [...a.entries()];
print(ents.length, ents[1], ents[2]);
const it = a.values();
print(typeof it.next, it.next().value, it.next().value);
const r = it.next();
print(r.value, r.done);
it.next();
const end = it.next();
print(end.value, end.done, it.next().done);
const live = [1];
const li = live.values();
li.next();
live.push(2);
print(li.next().value);
const iterOfIter = a.keys();
print(iterOfIter[Symbol.iterator]() === iterOfIter);
for (const e of ["a", "b"].entries()) print(e[0], e[1]);
/* expected
0,1,2,3
x,y,,z
4 1,y 2,
function x y
undefined false
undefined true true
2
true
0 a
1 b
*/
