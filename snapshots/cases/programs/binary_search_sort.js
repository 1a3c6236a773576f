function quicksort(a) {
  if (a.length <= 1) return a;
  const pivot = a[0], less = [], more = [];
  for (let i = 1; i < a.length; i++) (a[i] < pivot ? less : more).push(a[i]);
  return [...quicksort(less), pivot, ...quicksort(more)];
}
function bsearch(a, x) {
  let lo = 0, hi = a.length - 1, steps = 0;
  while (lo <= hi) {
    steps++;
    const mid = (lo + hi) >>> 1;
    if (a[mid] === x) return mid + "@" + steps;
    if (a[mid] < x) lo = mid + 1; else hi = mid - 1;
  }
  return "missing@" + steps;
}
let seed = 7;
const rand = () => (seed = (seed * 75 + 74) % 65537);
const data = [];
for (let i = 0; i < 20; i++) data.push(rand() % 100);
const sorted = quicksort(data);
print(sorted.join(" "));
print(bsearch(sorted, 50), bsearch(sorted, sorted[0]), bsearch(sorted, 1000), bsearch([], 1));
print(quicksort(["pear", "apple", "fig", "Banana"]).join());
/* expected
2 3 3 5 7 12 18 20 22 27 31 34 36 41 42 54 61 79 99 99
missing@4 0@4 missing@5 missing@0
Banana,apple,fig,pear
*/
