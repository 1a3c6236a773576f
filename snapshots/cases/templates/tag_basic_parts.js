function tag(strings, ...values) {
  print(strings.length, values.length);
  print(strings.join("|"));
  print(values.join("|"));
  return "result";
}
const a = 1, b = "two";
print(tag`x${a}y${b}z`);
print(tag`${a}${b}`);
print(tag`plain`);
/* expected
3 2
x|y|z
1|two
result
3 2
||
1|two
result
1 0
plain

result
*/
