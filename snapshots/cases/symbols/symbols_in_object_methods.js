const s1 = Symbol("one"), s2 = Symbol("two");
const src = { [s1]: 1, plain: 2 };
Object.defineProperty(src, s2, { value: 3, enumerable: false });
const assigned = Object.assign({}, src);
print(assigned[s1], assigned[s2], assigned.plain);
const spread = { ...src };
print(spread[s1], s2 in spread);
print(Object.entries(src).length);
const frozen = Object.freeze({ [s1]: "f" });
try { frozen[s1] = "g"; } catch (e) { print(e.name); }
print(frozen[s1]);
/* expected
1 undefined 2
1 false
1
TypeError
f
*/
