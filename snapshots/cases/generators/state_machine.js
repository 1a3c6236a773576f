// A game-style coroutine: a patrol that waits, walks and reacts to events.
function* patrol(name) {
  let steps = 0;
  while (true) {
    const event = yield `${name} walks (${steps})`;
    steps++;
    if (event === "alarm") {
      yield `${name} runs to the alarm`;
      return `${name} caught the thief after ${steps} steps`;
    }
    if (steps % 2 === 0) yield `${name} waits`;
  }
}
const guard = patrol("guard");
const log = [];
const events = [undefined, undefined, undefined, undefined, "alarm", undefined];
for (const e of events) {
  const { value, done } = guard.next(e);
  log.push(done ? `done: ${value}` : value);
}
print(log.join("\n"));
print(guard.next().done);
/* expected
guard walks (0)
guard walks (1)
guard waits
guard walks (2)
guard runs to the alarm
done: guard caught the thief after 3 steps
true
*/
