function* counter() {
  yield 1;
  yield 2;
}
for (const v of counter()) print(v);
/* expected
1
2
*/
