const cache = [];
function remember(strings) {
  if (cache.indexOf(strings) === -1) cache.push(strings);
  return cache.indexOf(strings);
}
function render(x) { return remember`value: ${x}` + ":" + remember`other ${x}`; }
print(render(1), render(2), render(3));
print(cache.length);
print(remember`value: ${0}`, cache.length);
/* expected
0:1 0:1 0:1
2
2 3
*/
