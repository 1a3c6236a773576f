function f() {
  const out = [];
  for (const a of arguments) out.push(a);
  return out.join("-");
}
print(f(1, 2, 3));
function g() { return [...arguments].length; }
print(g(), g("x", "y"));
function h() { const [first, ...rest] = arguments; return first + "|" + rest; }
print(h("a", "b", "c"));
function k() { return Array.from(arguments, (x) => x * 2).join(","); }
print(k(1, 2, 3));
/* expected
1-2-3
0 2
a|b,c
2,4,6
*/
