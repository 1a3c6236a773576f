// A template literal loads its pieces into consecutive registers and joins
// them with one Concat (one allocation for the whole string).
function line(name, n) {
  return `${name}: ${n} item${n === 1 ? "" : "s"}`;
}
print(line("apples", 3));
