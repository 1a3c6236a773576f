const pts = [[1, 2], [3, 4], [5, 6]];
print(pts.map(([x, y]) => x * y).join(","));
const obj = {
  area({ w, h }) { return w * h; },
  fmt([first, ...rest], { sep = "-" } = {}) { return first + sep + rest.length; },
};
print(obj.area({ w: 3, h: 4 }), obj.fmt(["a", "b", "c"]), obj.fmt(["z"], { sep: ":" }));
const byKey = [{ k: "x", n: 1 }, { k: "y", n: 2 }].filter(({ n }) => n > 1).map(({ k }) => k);
print(byKey);
/* expected
2,12,30
12 a-2 z:0
y
*/
