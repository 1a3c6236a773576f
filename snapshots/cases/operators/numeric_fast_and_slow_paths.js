// Arithmetic and comparisons take a fast path for two numbers; every other
// operand goes through ToNumeric / IsLessThan, left operand first.
const log = [];
const v = (name, n) => ({ valueOf() { log.push(name); return n; } });

print(v("a", 7) - v("b", 2), v("c", 3) * v("d", 4), v("e", 9) / v("f", 2), v("g", 7) % v("h", 4));
print(log.join(","));
log.length = 0;

print("6" - 1, "6" * "2", "x" - 1, null * 3, undefined / 2, true % 2, [] - [], [5] * [2]);
print(-7 % 2, 7 % -2, 5.5 % 2, 2 ** 40 % 3, 1 % 0, 0 % 5, 2 ** 53 % 10, -(2 ** 31) % 3);
print(Object.is(-8 % 2, -0), Object.is(-2147483648 % -1, -0), Object.is(-0 % 5, -0), Object.is(8 % -2, 0));

// Relational jumps: loops and conditions.
let n = 0;
for (let i = "0"; i < 5; i++) n++;
print(n);
const pairs = [[1, 2], [2, 1], [2, 2], ["10", "9"], ["10", 9], [NaN, 1], [1, NaN], [null, 0], [undefined, 0]];
for (const [x, y] of pairs) {
  const results = [];
  if (x < y) results.push("<");
  if (x <= y) results.push("<=");
  if (x > y) results.push(">");
  if (x >= y) results.push(">=");
  if (!(x < y)) results.push("!<");
  print(String(x), String(y), results.join(" "));
}
if (v("left", 1) < v("right", 2)) print("less", log.join(","));
log.length = 0;
if (v("left", 1) > v("right", 2)) print("unreachable");
print("greater order", log.join(","));

// Increment, decrement and small-constant forms on non-numbers.
let s = "41";
s++;
let t = "x";
t--;
let u = null;
u++;
const k = "5";
print(s, t, u, k - 1, k + 1, v("w", 10) - 1, v("z", 10) + 1);
