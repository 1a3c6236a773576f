try {
  throw { code: 42, detail: { msg: "bad" } };
} catch ({ code, detail: { msg }, missing = "dflt" }) {
  print(code, msg, missing);
}
try {
  throw [1, 2, 3];
} catch ([head, ...rest]) {
  print(head, rest.join("+"));
}
try {
  throw new RangeError("out");
} catch ({ name, message }) {
  print(name, message);
}
/* expected
42 bad dflt
1 2+3
RangeError out
*/
