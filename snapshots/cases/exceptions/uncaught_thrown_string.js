const items = [1, 2, 3];
for (const i of items) {
  print("item", i);
  if (i === 2) throw "stopped at " + i;
}
// expect-verdict: uncaught_exception
/* expected
item 1
item 2
*/
