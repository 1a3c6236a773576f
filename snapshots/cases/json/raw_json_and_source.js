// JSON.rawJSON / JSON.isRawJSON and the reviver's third argument: the
// source text of each primitive value the reviver has not replaced
// (output as Node's with --harmony-json-parse-with-source).
const big = JSON.rawJSON("12345678901234567890");
print(JSON.stringify({ big, list: [JSON.rawJSON('"s"'), JSON.rawJSON("null")] }));
print(JSON.isRawJSON(big), JSON.isRawJSON({ rawJSON: "1" }), JSON.isRawJSON(1), Object.isFrozen(big));
print(Object.getPrototypeOf(big), Object.keys(big).join(), big.rawJSON);
for (const bad of ["", " 1", "1 ", "{}", "[1]", "tru", "1,2", "\t"]) {
  try {
    JSON.rawJSON(bad);
    print("accepted", JSON.stringify(bad));
  } catch (e) {
    print(e.name, JSON.stringify(bad));
  }
}
print(JSON.stringify(JSON.rawJSON(1e21)), JSON.stringify([JSON.rawJSON("-0")], null, 1));

const seen = [];
JSON.parse(' { "a" : 1.50, "b": [ -0 , 1e2, "x\\u0041" ], "a": true, "n": null } ', function (key, value, context) {
  seen.push(`${key}=${JSON.stringify(value)}:${context.source}`);
  return value;
});
print(seen.join(" | "));

// A value the reviver replaced has no source; members read after a
// forward modification are revived as they are.
seen.length = 0;
JSON.parse('{"first": 1, "second": 2, "third": [3]}', function (key, value, context) {
  if (key === "first") {
    this.second = 20;
    this.third = 30;
  }
  seen.push(`${key}:${"source" in context ? context.source : "-"}`);
  return value;
});
print(seen.join(" "));
print(JSON.parse("[1, 2]", (k, v, c) => (typeof v === "number" ? c.source + "!" : v)).join());

/* expected
{"big":12345678901234567890,"list":["s",null]}
true false false true
null rawJSON 12345678901234567890
SyntaxError ""
SyntaxError " 1"
SyntaxError "1 "
SyntaxError "{}"
SyntaxError "[1]"
SyntaxError "tru"
SyntaxError "1,2"
SyntaxError "\t"
1e+21 [
 -0
]
a=true:true | 0=0:-0 | 1=100:1e2 | 2="xA":"x\u0041" | b=[0,100,"xA"]:undefined | n=null:null | ={"a":true,"b":[0,100,"xA"],"n":null}:undefined
first:1 second:- third:- :-
1!,2!
*/
