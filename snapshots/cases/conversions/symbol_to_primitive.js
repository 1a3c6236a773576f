const hints = [];
const o = {
  [Symbol.toPrimitive](hint) {
    hints.push(hint);
    if (hint === "number") return 42;
    if (hint === "string") return "forty-two";
    return "default";
  },
};
print(+o, `${o}`, o + "", o * 1, String(o));
print(o == "default", o < 50);
print(hints.join(" "));
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { print(+bad); } catch (e) { print(e.name); }
const notFn = { [Symbol.toPrimitive]: 5 };
try { print(`${notFn}`); } catch (e) { print(e.name); }
const undef = { [Symbol.toPrimitive]: undefined, valueOf() { return 1; } };
print(undef + 1);
/* expected
42 forty-two default 42 forty-two
true true
number string default number string default number
TypeError
TypeError
2
*/
