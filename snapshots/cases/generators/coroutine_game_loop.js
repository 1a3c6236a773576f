function* walker(name, steps) {
  for (let i = 1; i <= steps; i++) {
    print(name, "step", i);
    yield;
  }
  print(name, "arrived");
}
function* waiter(name, ticks) {
  for (let t = 0; t < ticks; t++) yield;
  print(name, "woke after", ticks);
}
let tasks = [walker("A", 2), waiter("W", 1), walker("B", 3)];
let tick = 0;
while (tasks.length > 0) {
  print("-- tick", tick++);
  tasks = tasks.filter((t) => !t.next().done);
}
/* expected
-- tick 0
A step 1
B step 1
-- tick 1
A step 2
W woke after 1
B step 2
-- tick 2
A arrived
B step 3
-- tick 3
B arrived
*/
