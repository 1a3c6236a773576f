const m = [[1, 2], [3, [4, [5, []]]]];
print(m, m.length, m[1][1][1]);
print(String([[], [[]], [[], []]]));
print([1, [2, 3]] + "" === "1,2,3");
const grid = [];
for (let r = 0; r < 3; r++) {
  const row = [];
  for (let c = 0; c < 3; c++) row.push(r * 3 + c);
  grid.push(row);
}
print(grid);
print(grid[2][0], grid.map((row) => row.join("")).join("|"));
print([{}, [{}]]);
print([[null], [undefined], [[undefined, null]]].toString());
/* expected
1,2,3,4,5, 2 5,
,,,
true
0,1,2,3,4,5,6,7,8
6 012|345|678
[object Object],[object Object]
,,,
*/
