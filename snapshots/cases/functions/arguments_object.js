function f(a, b) {
  print(arguments.length, arguments[0], arguments[1], arguments[2]);
  a = "changed";
  print(arguments[0]);
  arguments[1] = "set";
  print(b);
  return Array.isArray(arguments);
}
print(f(1, 2, 3));
f();
function count() { let n = 0; for (const x of arguments) n += x; return n; }
print(count(1, 2, 3), count());
function toArr() { const r = []; for (let i = 0; i < arguments.length; i++) r.push(arguments[i]); return r; }
print(toArr("x", "y"));
print(Object.prototype.toString.call((function () { return arguments; })()));
function keys() { return Object.keys(arguments).join(","); }
print(keys(9, 8, 7));
function spreadArgs() { return [...arguments].length; }
print(spreadArgs(1, 2, 3, 4));
/* expected
3 1 2 3
1
2
false
0 undefined undefined undefined
undefined
undefined
6 0
x,y
[object Arguments]
0,1,2
4
*/
