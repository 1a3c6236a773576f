class Rect {
  w = 3;
  h = this.w * 2;
  area = this.w * this.h;
  self = this;
  arrow = () => this.w;
  static tag = this.name + "!";
}
const r = new Rect();
print(r.w, r.h, r.area, r.self === r);
const f = r.arrow;
print(f(), Rect.tag);
print(Object.keys(r).join(","));
/* expected
3 6 18 true
3 Rect!
w,h,area,self,arrow
*/
