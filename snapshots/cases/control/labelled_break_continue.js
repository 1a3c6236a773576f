const found = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i === 3) break outer;
    found.push(`${i}${j}`);
  }
}
print(found.join(","));
let count = 0;
rows: while (true) {
  cols: do {
    count++;
    if (count % 3 === 0) continue rows;
    if (count > 10) break rows;
  } while (count < 100);
}
print(count);
search: for (const a of [1, 2, 3]) {
  for (const b of [10, 20, 30]) {
    if (a * b === 40) { print("found", a, b); break search; }
  }
}
lbl: { print("in block"); if (true) break lbl; print("skipped"); }
print("after block");
a: b: for (let i = 0; i < 3; i++) { if (i === 1) continue a; if (i === 2) break b; print("i", i); }
/* expected
10,20,21
11
found 2 20
in block
after block
i 0
*/
