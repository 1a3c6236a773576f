// Calls into the host: a two-number function, and copies of a small object
// and of a 1 000-character string out to the host and back in.
const point = { x: 1, y: 2, tags: ['a', 'b'] };
const text = 'x'.repeat(1000);
let s = 0;
for (let i = 0; i < 1e9; i++) {
  s = add(s, i);
  s += echo(point).x;
  s += echo(text).length;
}
