function* g() {
  const a = yield 1 + 1;
  const b = (yield "x") + (yield "y");
  const c = [yield, yield];
  return [a, b, c.join("&")].join(" ");
}
const it = g();
const vals = [];
vals.push(it.next().value);
vals.push(it.next("A").value);
vals.push(it.next("B").value);
vals.push(it.next("C").value);
vals.push(it.next("D").value);
print(vals.join(","));
print(it.next("E").value);
/* expected
2,x,y,,
A BC D&E
*/
