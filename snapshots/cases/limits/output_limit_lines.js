// limits: output=70
for (let i = 0; i < 1000; i++) {
  print("line " + i);
}
print("never");
// expect-verdict: output_limit
/* expected
line 0
line 1
line 2
line 3
line 4
line 5
line 6
line 7
line 8
line 9
*/
