class Base { constructor() { this.x = 1; } }
class Early extends Base {
  constructor() {
    try { this.y = 2; } catch (e) { print("early this:", e.name); }
    super();
    print("after super", this.x);
  }
}
new Early();
class Twice extends Base {
  constructor() { super(); try { super(); } catch (e) { print("twice:", e.name); } }
}
new Twice();
/* expected
early this: ReferenceError
after super 1
twice: ReferenceError
*/
