function makeStamp(ms) {
  return {
    ms,
    [Symbol.toPrimitive](hint) {
      return hint === "number" ? this.ms : "T+" + this.ms + "ms";
    },
  };
}
const a = makeStamp(1500), b = makeStamp(500);
print(a - b, a > b, `${a}`);
print(a + b);
print([a, b].join(" / "));
print(a == "T+1500ms", a === "T+1500ms");
/* expected
1000 true T+1500ms
T+1500msT+500ms
T+1500ms / T+500ms
true false
*/
