const a = [5, 1, 4, 2, 3];
print(a.at(-1), a.at(0), a.at(9), a.lastIndexOf(4), [1, 2, 1].lastIndexOf(1, -2));
print(a.find((x) => x > 3), a.findIndex((x) => x > 3), a.findLast((x) => x > 3), a.findLastIndex((x) => x > 3), a.find((x) => x > 9));
print(a.some((x) => x > 4), a.every((x) => x > 0), [].every(() => false), [].some(() => true));
print(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10), ["a", "b", "c"].reduceRight((s, x) => s + x));
try { [].reduce((s, x) => s); } catch (e) { print(e.name); }
print([...a].sort().join(), [...a].sort((x, y) => y - x).join(), [10, 9, 1, 100].sort().join());
print(["b", undefined, "a", , "c"].sort().length, [3, undefined, 1].sort().join());
const stable = [{ k: 1, v: "a" }, { k: 0, v: "b" }, { k: 1, v: "c" }, { k: 0, v: "d" }];
print(stable.sort((x, y) => x.k - y.k).map((o) => o.v).join(""));
print([1, 2, 3].reverse().join(), [1, , 3].reverse().length);
const q = [1, 2, 3];
print(q.shift(), q.join(), q.unshift(8, 9), q.join());
const sp = [1, 2, 3, 4, 5];
print(sp.splice(1, 2).join(), sp.join(), sp.splice(1, 0, "x", "y").length, sp.join(), sp.splice(-2).join(), sp.join());
print(new Array(3).fill(0).join(), [1, 2, 3, 4].fill(9, 1, 3).join());
print([1].concat([2, 3], 4, [[5]]).length, [1].concat([2, 3], 4).join());
print([1, [2, [3, [4]]]].flat().length, [1, [2, [3, [4]]]].flat(Infinity).join(), [[1, 2], [3]].flatMap((x) => x).join());
print([1, 2, 3].flatMap((x) => [x, x * 2]).join());
const orig = [3, 1, 2];
print(orig.toSorted().join(), orig.toReversed().join(), orig.with(0, 9).join(), orig.toSpliced(1, 1, "z").join(), orig.join());
try { orig.with(5, 1); } catch (e) { print(e.name); }
/* expected
3 5 undefined 2 0
5 0 4 2 undefined
true true true false
15 25 cba
TypeError
1,2,3,4,5 5,4,3,2,1 1,10,100,9
5 1,3,
bdac
3,2,1 3
1 2,3 4 8,9,2,3
2,3 1,4,5 0 1,x,y,4,5 4,5 1,x,y
0,0,0 1,9,9,4
5 1,2,3,4
3 1,2,3,4 1,2,3
1,2,2,4,3,6
1,2,3 2,1,3 9,1,2 3,z,2 3,1,2
RangeError
*/
