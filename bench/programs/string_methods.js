// The String methods everyday code uses, in a loop: split/join, searching,
// slicing, case, trimming and padding, replacing, code units.
let check = 0;
const csv = "id,name,price,qty,category,notes";
for (let i = 0; i < 40000; i++) {
  const row = `  ${i},Item ${i},${(i * 1.5).toFixed(2)},${i % 17},${i % 3 ? "tools" : "Garden"},note-${i}  `;
  const fields = row.trim().split(",");
  check += fields.length + csv.split(",").indexOf(fields[4] === "tools" ? "category" : "qty");
  const name = fields[1];
  check += name.indexOf(" ") + name.lastIndexOf("m") + (name.includes("9") ? 1 : 0);
  check += name.slice(5).length + name.substring(1, 4).length + name.at(-1).charCodeAt(0);
  check += name.toUpperCase().charCodeAt(1) + fields[4].toLowerCase().length;
  check += String(i).padStart(8, "0").length + fields[3].padEnd(4, ".").length;
  check += (name.startsWith("Item") ? 1 : 0) + (fields[5].endsWith("7") ? 1 : 0);
  check += row.replaceAll(",", ";").length + fields.join("|").length;
  check += name.replace("Item", "Thing").length + "ab".repeat(i % 10).length;
  if (name.localeCompare("Item 5") < 0) check++;
}
print(check);
