const sym = Symbol("tag");
const src = { a: 1, b: 2, c: 3, [sym]: "s" };
Object.defineProperty(src, "hidden", { value: 4, enumerable: false });
const { a, ...rest } = src;
print(a, Object.keys(rest).join(","), rest[sym], "hidden" in rest);
const proto = { inherited: true };
const child = Object.create(proto);
child.own = 1;
const { ...copy } = child;
print(Object.keys(copy).join(","), copy.inherited);
const key = "b";
const { [key]: bee, ...others } = src;
print(bee, Object.keys(others).join(","));
print(Object.getPrototypeOf(rest) === Object.prototype);
/* expected
1 b,c s false
own undefined
2 a,c
true
*/
