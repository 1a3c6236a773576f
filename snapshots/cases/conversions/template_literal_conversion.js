const o = { toString() { return "T"; }, valueOf() { return "V"; } };
print(`${o}`, "" + o, o + "");
print(`${1}${2}`, `${1 + 2}`, `a${null}b${undefined}c`);
print(`${[1, 2]}|${{}}|${true}`);
print(`${-0}`, `${1e21}`, `${0.1 + 0.2}`);
const n = { valueOf() { return 5; } };
print(`${n}`);
const w = new Number(9);
print(`${w}`, w + 1);
print(`${`${`deep`}`}`);
print(`x${"y"}z`.length);
/* expected
T V V
12 3 anullbundefinedc
1,2|[object Object]|true
0 1e+21 0.30000000000000004
[object Object]
9 10
deep
3
*/
