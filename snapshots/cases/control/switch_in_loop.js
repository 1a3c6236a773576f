const tokens = ["num", "op", "num", "skip", "end", "num"];
const log = [];
for (const t of tokens) {
  let stop = false;
  switch (t) {
    case "num":
      log.push("N");
      break;
    case "op":
      log.push("O");
    case "skip":
      continue;
    case "end":
      stop = true;
      break;
    default:
      log.push("?");
  }
  if (stop) break;
  log.push(".");
}
print(log.join(""));
function grade(s) {
  switch (true) {
    case s >= 90: return "A";
    case s >= 80: return "B";
    default: return "F";
  }
}
print(grade(95), grade(85), grade(10));
/* expected
N.ON.
A B F
*/
