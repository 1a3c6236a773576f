const onlyString = { valueOf() { return {}; }, toString() { return "7"; } };
print(onlyString * 2, onlyString + 1);
const onlyValue = { toString() { return {}; }, valueOf() { return 3; } };
print(`${onlyValue}`, String(onlyValue));
const neither = { valueOf() { return {}; }, toString() { return {}; } };
try { print(neither + 1); } catch (e) { print(e.name); }
try { print(`${neither}`); } catch (e) { print(e.name); }
const nullProto = Object.create(null);
try { print(nullProto + ""); } catch (e) { print(e instanceof TypeError); }
nullProto.toString = () => "np";
print(nullProto + "!");
const d = { toString() { return "d"; } };
print(d + 1, d * 1, [d, d] + "");
/* expected
14 71
3 3
TypeError
TypeError
true
np!
d1 NaN d,d
*/
