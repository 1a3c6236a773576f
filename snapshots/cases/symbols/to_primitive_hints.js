const hints = [];
const obj = {
  [Symbol.toPrimitive](hint) {
    hints.push(hint);
    if (hint === "number") return 42;
    if (hint === "string") return "str";
    return "default";
  },
};
print(+obj, `${obj}`, obj + "", obj * 2);
print(String(obj), Number(obj), obj == "default");
print(obj < 50, [obj].join());
print(hints.join(","));
/* expected
42 str default 84
str 42 true
true str
number,string,default,number,string,number,default,number,string
*/
