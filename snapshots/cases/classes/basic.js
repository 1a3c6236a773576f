print("classes compile");
class Point {
  constructor(x) { this.x = x; }
}
print(new Point(1).x);
/* expected
classes compile
1
*/
