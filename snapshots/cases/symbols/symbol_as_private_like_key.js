const _count = Symbol("count");
class Clicker {
  constructor() { this[_count] = 0; }
  click() { this[_count]++; return this; }
  get count() { return this[_count]; }
}
const c = new Clicker().click().click();
print(c.count, Object.keys(c).length);
const leaked = Object.getOwnPropertySymbols(c)[0];
print(leaked === _count, leaked.description);
c[leaked] = 100;
print(c.count);
/* expected
2 0
true count
100
*/
