class Widget {
  constructor() { this.own = 1; }
  render() {}
  get size() { return 1; }
  static make() {}
  static count = 0;
  field = 2;
}
print(Object.getOwnPropertyNames(Widget.prototype).join(","));
print(Object.keys(Widget.prototype).length);
print(Widget.prototype.propertyIsEnumerable("render"));
const d = Object.getOwnPropertyDescriptor(Widget.prototype, "render");
print(d.writable, d.enumerable, d.configurable);
print(Object.getOwnPropertyNames(Widget).join(","));
const pd = Object.getOwnPropertyDescriptor(Widget, "prototype");
print(pd.writable, pd.enumerable, pd.configurable);
/* expected
constructor,render,size
0
false
true false true
length,name,prototype,make,count
false false false
*/
