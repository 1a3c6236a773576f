class Counter {
  static count = 0;
  static label = "C" + Counter.count;
  static inc() { return ++this.count; }
  static get doubled() { return this.count * 2; }
  static set doubled(v) { this.count = v / 2; }
}
Counter.inc();
Counter.inc();
print(Counter.count, Counter.doubled, Counter.label);
Counter.doubled = 10;
print(Counter.count);
const c = new Counter();
print(c.count, typeof c.inc, Object.hasOwn(Counter, "inc"));
class Sub extends Counter {}
print(Sub.inc(), Sub.count, Counter.count, Object.hasOwn(Sub, "count"));
/* expected
2 4 C0
5
undefined undefined true
6 6 5 true
*/
