function sw(x) {
  const log = [];
  switch (x) {
    case 1: log.push("one");
    case 2: log.push("two"); break;
    default: log.push("default");
    case 3: log.push("three");
    case "1": log.push("string one"); break;
    case 4: log.push("four");
  }
  return log.join("+");
}
print(sw(1)); print(sw(2)); print(sw(3)); print(sw("1"));
print(sw(4)); print(sw(99)); print(sw(true));
function order() {
  const seen = [];
  const t = (v) => { seen.push(v); return v; };
  switch (3) { case t(1): break; case t(3): break; case t(5): break; }
  return seen.join(",");
}
print(order());
switch (NaN) { case NaN: print("nan matched"); break; default: print("nan unmatched"); }
switch (-0) { case 0: print("zero matched"); }
switch ("x") {}
print("empty switch ok");
/* expected
one+two
two
three+string one
string one
four
default+three+string one
default+three+string one
1,3
nan unmatched
zero matched
empty switch ok
*/
