function* worker(name, jobs) {
  for (const [job, cost] of jobs) {
    for (let t = 0; t < cost; t++) yield `${name} working on ${job}`;
    print(`${name} finished ${job}`);
  }
  return name;
}
let tasks = [worker("w1", [["a", 2], ["b", 1]]), worker("w2", [["c", 1]])];
const finished = [];
let tick = 0;
while (tasks.length) {
  const [t, ...others] = tasks;
  const { value, done } = t.next();
  if (done) { finished.push(value); tasks = others; }
  else { print(value); tasks = [...others, t]; tick++; }
}
print("ticks", tick, "order", finished.join(","));
/* expected
w1 working on a
w2 working on c
w1 working on a
w2 finished c
w1 finished a
w1 working on b
w1 finished b
ticks 4 order w2,w1
*/
