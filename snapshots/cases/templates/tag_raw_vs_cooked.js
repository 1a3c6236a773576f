function show(strings) {
  for (let i = 0; i < strings.length; i++) {
    print(i, strings[i].length, strings.raw[i].length, strings.raw[i]);
  }
}
show`a\nb${0}\t\\`;
show`\x41\u0042\u{43}`;
show`line1
line2`;
/* expected
0 3 4 a\nb
1 2 4 \t\\
0 3 16 \x41\u0042\u{43}
0 11 11 line1
line2
*/
