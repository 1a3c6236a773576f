const students = [
  { name: "ann", grades: { math: 90, art: 72 }, year: 2 },
  { name: "bob", grades: { math: 65, art: 88, music: 70 }, year: 1 },
  { name: "cy", grades: {}, year: 2 },
];
function* reportLines(list) {
  for (const { name, grades, year = 0 } of list) {
    const entries = Object.entries(grades);
    if (entries.length === 0) { yield `${name} (y${year}): no grades`; continue; }
    let sum = 0, [bestSubject, best] = entries[0];
    for (const [subject, g] of entries) { sum += g; if (g > best) [bestSubject, best] = [subject, g]; }
    yield `${name} (y${year}): avg ${Math.round(sum / entries.length)}, best ${bestSubject}=${best}`;
  }
}
for (const line of reportLines(students)) print(line);
const byYear = {};
for (const { name, year } of students) (byYear[year] ??= []).push(name);
print(Object.entries(byYear).map(([y, ns]) => `${y}:${ns.join("/")}`).join(" "));
/* expected
ann (y2): avg 81, best math=90
bob (y1): avg 74, best art=88
cy (y2): no grades
1:bob 2:ann/cy
*/
