function show(a, b) { return `${this.tag}:${a}:${b}`; }
const o = { tag: "o" };
print(show.call(o, 1, 2), show.apply(o, [3, 4]), show.apply(o));
const bound = show.bind(o, "x");
print(bound("y"), bound.length, bound.name);
print(show.bind(o).bind({ tag: "ignored" }, 1)(2));
function ctx() { return this; }
print(ctx.call(undefined), ctx.call(null), typeof ctx.call(5), ctx.call(5) === 5);
const max = Math.max.apply(null, [3, 9, 2]);
print(max);
const bb = show.bind(o, 1, 2, 3);
print(bb.length, bb.name);
function P(x) { this.x = x; }
const BP = P.bind({ ignored: true }, 42);
const inst = new BP();
print(inst.x, inst instanceof P, inst.ignored);
try { show.call.call(1); } catch (e) { print(e.name); }
print(show.call.call(show, o, 5, 6));
/* expected
o:1:2 o:3:4 o:undefined:undefined
o:x:y 1 bound show
o:1:2
undefined null number true
9
0 bound show
42 true undefined
TypeError
o:5:6
*/
