const rows = [
  { id: 1, info: { first: "Ada", last: "L" }, roles: ["admin", "ops"] },
  { id: 2, info: { first: "Bob", last: "M" }, roles: [] },
];
const shaped = rows.map(({ id, info: { first, last }, roles: [mainRole = "guest"] }) => ({
  key: "u" + id,
  label: first + " " + last,
  mainRole,
}));
for (const { key, label, mainRole } of shaped) print(key, label, mainRole);
const pick = ({ id, ...rest }) => Object.keys(rest).join("+") + "#" + id;
print(rows.map(pick).join(" "));
/* expected
u1 Ada L admin
u2 Bob M guest
info+roles#1 info+roles#2
*/
