// limits: output=28
console.log("first", "line");
print("second", 2);
let n = 0;
while (true) console.log("x", n++);
// expect-verdict: output_limit
/* expected
first line
second 2
x 0
x 1
*/
