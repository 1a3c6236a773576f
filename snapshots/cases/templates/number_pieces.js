// Numbers in templates and in string + number are written as their digits
// straight into the result; the text must be Number::toString's.
const numbers = [0, -0, 7, -42, 1e15 - 1, 1e15, -1e15, 123456789012345680000, 1e21, 0.5, -1.5,
  0.1 + 0.2, 1 / 3, -0.0000012345678901234567, 5e-7, NaN, Infinity, -Infinity, 2 ** 53, -(2 ** 31)];
for (const n of numbers) print(`[${n}]`, "<" + n, `${n}${n}`);

// ToString runs on each substitution as soon as it is evaluated, numbers
// included, before the next substitution is evaluated.
const log = [];
const obj = { toString() { log.push("toString"); return "obj"; } };
const t = `${(log.push("a"), 1)}-${obj}-${(log.push("b"), 2.5)}`;
print(t, log.join(","));

// Appending numbers to a growing string reuses its buffer, and earlier
// views of it are unchanged.
let s = "n";
const views = [];
for (let i = 0; i < 5; i++) {
  s = s + i;
  views.push(s);
}
print(views.join(" "));
let u = "x" + 1;
const v = u + 2;
const w = u + 3;
print(u, v, w);

// Symbols still throw.
try {
  print(`${Symbol("s")}`);
} catch (e) {
  print(e instanceof TypeError);
}
