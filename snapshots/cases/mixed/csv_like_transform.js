const lines = ["name,dept,salary", "ann,eng,120", "bob,ops,90", "cy,eng,100", "dee,ops,95"];
function splitComma(line) {
  const out = []; let cur = "";
  for (const ch of line) { if (ch === ",") { out.push(cur); cur = ""; } else cur += ch; }
  out.push(cur);
  return out;
}
const [header, ...body] = lines.map(splitComma);
const records = body.map((cols) => {
  const rec = {};
  for (const [i, key] of header.entries()) rec[key] = key === "salary" ? Number(cols[i]) : cols[i];
  return rec;
});
const depts = {};
for (const { dept, salary, name } of records) {
  const d = (depts[dept] ??= { total: 0, names: [] });
  d.total += salary;
  d.names.push(name);
}
for (const [dept, { total, names }] of Object.entries(depts)) print(dept, total, total / names.length, names.join("+"));
/* expected
eng 220 110 ann+cy
ops 185 92.5 bob+dee
*/
