const log = [];
function v(x) { log.push("sub " + x); return x; }
function getTag() {
  log.push("tag expr");
  return (s, ...vals) => { log.push("tag called"); return vals.length; };
}
const r = getTag()`a${v(1)}b${v(2)}`;
print(r);
print(log.join(", "));
/* expected
2
tag expr, sub 1, sub 2, tag called
*/
