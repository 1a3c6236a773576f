const log = [];
function* g() {
  log.push("start");
  yield 1;
  log.push("middle");
  yield 2;
  log.push("end");
}
const it = g();
print(log.length);
it.next();
print(log.join(","));
it.next();
it.next();
print(log.join(","));
/* expected
0
start
start,middle,end
*/
