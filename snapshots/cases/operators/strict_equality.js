print(1 === 1.0, "1" === 1, 0 === -0, NaN === NaN);
print(null === null, undefined === undefined, null === undefined);
const o = {};
print(o === o, {} === {}, [] === []);
print("ab" === "a" + "b", true === !0);
const s1 = Symbol("x"), s2 = Symbol("x");
print(s1 === s1, s1 === s2);
print(new String("a") === "a", new String("a") == "a");
print(new String("a") === new String("a"));
print(1 !== "1", 1 != "1");
const arr = [NaN, 0, -0, "0"];
print(arr.indexOf(NaN), arr.includes(NaN), arr.indexOf(-0), arr.indexOf("0"));
/* expected
true false true false
true true false
true false false
true true
true false
false true
false
true false
-1 true 1 3
*/
