// Duplicate named groups (ES2025): a name may be used once per
// alternative; `groups` and `\k<name>` see the group that took part.
const date = /(?<year>\d{4})-(?<month>\d{2})|(?<month>\d{2})\/(?<year>\d{4})/;
for (const s of ["2024-05", "05/2024"]) {
  const { year, month } = s.match(date).groups;
  print(year, month);
}
print(Object.keys(date.exec("2024-05").groups).join());
print(/(?:(?<x>a)|(?<x>b))\k<x>/.exec("bb"), /(?:(?<x>a)|(?<x>b))\k<x>/.test("ab"));
print("05/2024".replace(date, "$<month>.$<year>"), "2024-05".replace(date, (...args) => JSON.stringify(args.at(-1))));
/* expected
2024 05
2024 05
year,month
bb,,b false
05.2024 {"year":"2024","month":"05"}
*/
