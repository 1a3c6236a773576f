const { w = 2, h = w * 3, area = w * h } = { w: 4 };
print(w, h, area);
const [first = 1, second = first + 1, third = second * 10] = [];
print(first, second, third);
function box({ size = 1, pad = size / 2 } = {}, scale = size) {
  return [size, pad].join("/");
}
print(box(), box({ size: 8 }), box({ pad: 0 }));
try {
  const [u = v2, v2 = 1] = [];
} catch (e) { print(e.name); }
/* expected
4 12 48
1 2 20
1/0.5 8/4 1/0
ReferenceError
*/
