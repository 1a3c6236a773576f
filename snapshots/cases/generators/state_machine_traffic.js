function* trafficLight() {
  while (true) {
    const cmd = yield "green";
    if (cmd === "emergency") { yield "flashing"; continue; }
    yield "yellow";
    yield "red";
  }
}
const light = trafficLight();
const seen = [light.next().value];
for (const cmd of [null, null, null, "emergency", null, null]) seen.push(light.next(cmd).value);
print(seen.join(" -> "));
/* expected
green -> yellow -> red -> green -> flashing -> green -> yellow
*/
