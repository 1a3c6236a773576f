function* resource(name) {
  print("open", name);
  try {
    yield 1; yield 2; yield 3;
  } finally {
    print("close", name);
  }
}
for (const x of resource("r1")) { if (x === 2) break; }
try {
  for (const x of resource("r2")) throw new Error("stop");
} catch (e) { print(e.message); }
for (const x of resource("r3")) {}
print("end");
/* expected
open r1
close r1
open r2
close r2
stop
open r3
close r3
end
*/
