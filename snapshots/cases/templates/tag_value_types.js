function types(strings, ...vals) { return vals.map((v) => typeof v).join(","); }
print(types`${1}${"s"}${true}${null}${undefined}${{}}${[]}${Symbol()}${() => 1}`);
function sum(strings, ...nums) { let t = 0; for (const n of nums) t += n; return t; }
print(sum`${1} plus ${2} plus ${3}`);
function kinds(strings, ...vals) { return strings.length + ":" + vals.length; }
print(kinds`${0}`, kinds`a${0}b`, kinds``);
/* expected
number,string,boolean,object,undefined,object,object,symbol,function
6
2:1 2:1 1:0
*/
