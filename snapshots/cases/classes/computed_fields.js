let evaluated = 0;
const key = () => { evaluated++; return "dynamic"; };
const sym = Symbol("tag");
class Fields {
  [key()] = 1;
  [sym] = "symbol field";
  ["a" + "b"] = this.dynamic + 1;
  static [key() + "Static"] = "static";
}
const one = new Fields();
const two = new Fields();
print(one.dynamic, one.ab, one[sym], Fields.dynamicStatic, evaluated);
print(Object.keys(two).join());
/* expected
1 2 symbol field static 2
dynamic,ab
*/
