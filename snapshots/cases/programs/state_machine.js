const transitions = {
  idle: { start: "running" },
  running: { pause: "paused", stop: "idle", fail: "error" },
  paused: { resume: "running", stop: "idle" },
  error: { reset: "idle" },
};
function machine() {
  let state = "idle";
  const history = [state];
  return {
    send(ev) {
      const next = transitions[state]?.[ev];
      if (next === undefined) throw new TypeError(`invalid event '${ev}' in state '${state}'`);
      state = next;
      history.push(state);
      return this;
    },
    get state() { return state; },
    history: () => history.join(" > "),
  };
}
const m = machine();
m.send("start").send("pause").send("resume").send("fail");
print(m.state);
try { m.send("start"); } catch (e) { print(e.name, e.message); }
m.send("reset");
print(m.history());
print(Object.keys(transitions).map((s) => s + ":" + Object.keys(transitions[s]).length).join(" "));
/* expected
error
TypeError invalid event 'start' in state 'error'
idle > running > paused > running > error > idle
idle:1 running:3 paused:2 error:1
*/
