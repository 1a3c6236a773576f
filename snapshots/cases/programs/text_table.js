const rows = [["name", "lang", "stars"], ["jsvm", "rust", 42], ["quickjs", "c", 8000], ["v8", "c++", 21000]];
const widths = [];
for (const row of rows) row.forEach((cell, i) => { const len = String(cell).length; if (!(widths[i] >= len)) widths[i] = len; });
function padEnd(s, n, ch) { s = String(s); while (s.length < n) s += ch; return s; }
function padStart(s, n) { s = String(s); while (s.length < n) s = " " + s; return s; }
const sep = "+" + widths.map((w) => padEnd("", w + 2, "-")).join("+") + "+";
print(sep);
rows.forEach((row, r) => {
  print("| " + row.map((c, i) => (typeof c === "number" ? padStart(c, widths[i]) : padEnd(c, widths[i], " "))).join(" | ") + " |");
  if (r === 0) print(sep);
});
print(sep);
print(widths.join(","));
/* expected
+---------+------+-------+
| name    | lang | stars |
+---------+------+-------+
| jsvm    | rust |    42 |
| quickjs | c    |  8000 |
| v8      | c++  | 21000 |
+---------+------+-------+
7,4,5
*/
