const log = [];
const o = {
  valueOf() { log.push("valueOf"); return 10; },
  toString() { log.push("toString"); return "str"; },
};
print(o + 1, log.join(","));
log.length = 0;
print(`${o}`, log.join(","));
log.length = 0;
print(o * 2, log.join(","));
log.length = 0;
print(String(o), log.join(","));
log.length = 0;
print(o == 10, o == "str", log.join(","));
log.length = 0;
print(o < 11, log.join(","));
log.length = 0;
print(o + "", log.join(","));
/* expected
11 valueOf
str toString
20 valueOf
str toString
true false valueOf,valueOf
true valueOf
10 valueOf
*/
