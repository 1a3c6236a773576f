const pairs = [[1, "a"], [2, "b"]];
for (const [n, s] of pairs) {
  print(n, s);
}
print("done");
/* expected
1 a
2 b
done
*/
