// Nesting costs heap, not host stack: 5 000 levels parse, revive and
// stringify; past the limit (10 000 levels) both throw a catchable RangeError.
const depth = 5000;
const text = "[".repeat(depth) + "]".repeat(depth);
const arrays = JSON.parse(text);
print(JSON.stringify(arrays) === text);
const objects = JSON.parse('{"a":'.repeat(depth) + "1" + "}".repeat(depth));
let d = 0;
for (let o = objects; typeof o === "object"; o = o.a) d++;
print(d);
let revived = 0;
JSON.parse(text, function (key, value) { revived++; return value; });
print(revived);
// Indented, level k adds 5 + 2k units: 5(d-1) + (d-2)(d-1) + 2 for d = 300.
print(JSON.stringify(JSON.parse("[".repeat(300) + "]".repeat(300)), null, 1).length);
try {
  JSON.parse("[".repeat(10001));
} catch (e) {
  print(e.name, e.message);
}
let chain = [];
for (let i = 0; i < 10001; i++) chain = [chain];
try {
  JSON.stringify(chain);
} catch (e) {
  print(e.name, e.message);
}
/* expected
true
5000
5000
90599
RangeError JSON nesting too deep
RangeError JSON nesting too deep
*/
