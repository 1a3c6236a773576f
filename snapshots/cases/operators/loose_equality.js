print(null == undefined, null === undefined);
print(null == 0, undefined == 0, null == false, undefined == "");
print(0 == "", 0 == "0", "" == "0");
print(false == "false", false == "0", false == "", false == []);
print(1 == true, 2 == true, "1" == true);
print([] == "", [0] == 0, [1, 2] == "1,2", [] == ![]);
print(NaN == NaN, "NaN" == NaN);
const o = { valueOf() { return 42; } };
print(o == 42, o == "42", o === 42);
const a = {}, b = {};
print(a == b, a == a, a === a);
print(" \t\n 1 \n" == 1, "0x10" == 16, "1e2" == 100);
const s = Symbol("s");
print(s == s, Object(s) == s);
/* expected
true false
false false false false
true true false
false true true true
true false true
true true true true
false false
true true false
false true true
true true true
true true
*/
