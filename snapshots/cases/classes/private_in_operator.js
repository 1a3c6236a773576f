class Brand {
  #tag;
  static #hidden() {}
  static is(o) { return #tag in o; }
  static isClass(o) { return #hidden in o; }
}
class Other { #tag; }
print(Brand.is(new Brand()), Brand.is(new Other()), Brand.is({}));
print(Brand.isClass(Brand), Brand.isClass(Other));
try { Brand.is(1); } catch (e) { print(e.name); }
try { Brand.is(null); } catch (e) { print(e.name); }
/* expected
true false false
true false
TypeError
TypeError
*/
