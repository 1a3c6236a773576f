const prefix = "get";
let calls = 0;
function key(k) { calls++; return k; }
class Api {
  [prefix + "Name"]() { return "name"; }
  [key("x") + 1]() { return "x1"; }
  static [key("make")]() { return new Api(); }
  get [prefix + "ter"]() { return "getter"; }
  [Symbol.toStringTag] = "ApiObj";
}
const a = Api.make();
print(a.getName(), a.x1(), a.getter, calls);
print(Object.prototype.toString.call(a));
print(Object.getOwnPropertyNames(Api.prototype).join(","));
/* expected
name x1 getter 2
[object ApiObj]
constructor,getName,x1,getter
*/
