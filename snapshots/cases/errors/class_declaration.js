print("not printed: compile errors stop everything");
class Point {
  constructor(x) { this.x = x; }
}
print(new Point(1).x);
// expect-verdict: compile_error
/* expected
*/
