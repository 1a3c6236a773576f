const arrayLike = { 0: "a", 1: "b", 2: "c", length: 3 };
print(Array.prototype.join.call(arrayLike, "+"));
print(Array.prototype.map.call(arrayLike, (x) => x.toUpperCase()).join(""));
print(Array.prototype.indexOf.call(arrayLike, "c"), Array.prototype.includes.call(arrayLike, "z"));
print(Array.prototype.slice.call(arrayLike, 1).join());
const pushed = { length: 1 };
Array.prototype.push.call(pushed, "x", "y");
print(pushed.length, pushed[1], pushed[2]);
print(Array.prototype.join.call("abc", "."));
function f() { return Array.prototype.slice.call(arguments, 1); }
print(f(1, 2, 3), Array.isArray(f(1)));
print(Array.prototype.filter.call("a1b2", (ch) => ch >= "0" && ch <= "9").join(""));
const popped = { 0: "only", length: 1 };
print(Array.prototype.pop.call(popped), popped.length, 0 in popped);
/* expected
a+b+c
ABC
2 false
b,c
3 x y
a.b.c
2,3 true
12
only 0 false
*/
