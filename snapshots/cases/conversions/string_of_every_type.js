print(String(undefined), String(null), String(true), String(false));
print(String(0), String(-0), String(1.5), String(-1e-7), String(NaN));
print(String("s"), String(Symbol("desc")), String(Symbol()));
print(String([]), String([1, [2, [3]]]), String([null, undefined, 1]));
print(String({}), String(Object.create(null) === null));
print(String(new String("w")), String(new Number(5)), String(new Boolean(false)));
print(String(new Error("boom")), String(new TypeError("t")));
print(String(Math), String(globalThis.undefined));
const e = new RangeError();
print(String(e), e.message === "");
try { print("" + Symbol("x")); } catch (err) { print(err.name); }
try { print(`${Symbol("y")}`); } catch (err) { print(err.name); }
print(Symbol("z").toString(), Symbol("z").description, Symbol().description);
/* expected
undefined null true false
0 0 1.5 -1e-7 NaN
s Symbol(desc) Symbol()
 1,2,3 ,,1
[object Object] false
w 5 false
Error: boom TypeError: t
[object Math] undefined
RangeError true
TypeError
TypeError
Symbol(z) z undefined
*/
