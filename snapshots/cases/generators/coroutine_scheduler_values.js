function* blinker(id) {
  let on = false;
  while (true) { on = !on; const speed = yield id + (on ? "*" : "."); if (speed) print(id, "speed", speed); }
}
const a = blinker("a"), b = blinker("b");
const frames = [];
for (let i = 0; i < 4; i++) {
  frames.push(a.next(i === 2 ? "fast" : undefined).value + b.next().value);
}
print(frames.join(" "));
print(a.return("stopped").value, a.next().done, b.next().value);
/* expected
a speed fast
a*b* a.b. a*b* a.b.
stopped true b*
*/
