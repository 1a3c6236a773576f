// Array.prototype.sort with comparator functions: numbers ascending and
// descending, and objects by several keys (strings, numbers, a stable tie),
// on data rebuilt deterministically each round.
let seed = 5;
function rand(n) { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; }

const cities = ["Oslo", "Lima", "Cairo", "Quito", "Accra", "Hanoi", "Dakar", "Riga", "Sofia", "Perth"];
function hashArray(arr, f) {
  let h = 0;
  for (let i = 0; i < arr.length; i++) h = (Math.imul(h, 31) + f(arr[i])) | 0;
  return h;
}

let check = 0;
for (let round = 0; round < 10; round++) {
  const nums = [];
  for (let i = 0; i < 4000; i++) nums.push(rand(100000) - 50000);
  const asc = nums.slice().sort((a, b) => a - b);
  const desc = nums.slice().sort((a, b) => b - a);
  const byAbs = nums.slice().sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
  check = (Math.imul(check, 31) + hashArray(asc, (x) => x) + hashArray(desc, (x) => x) * 3 + hashArray(byAbs, (x) => x) * 7) | 0;

  const people = [];
  for (let i = 0; i < 2500; i++) {
    people.push({ id: i, city: cities[rand(cities.length)], age: 18 + rand(60), score: rand(1000) / 10 });
  }
  people.sort((a, b) => (a.city < b.city ? -1 : a.city > b.city ? 1 : 0) || b.age - a.age || a.score - b.score);
  check = (Math.imul(check, 31) + hashArray(people, (p) => p.id)) | 0;
  people.sort((a, b) => a.age - b.age); // stable: keeps the city order within an age
  check = (Math.imul(check, 31) + hashArray(people, (p) => p.id)) | 0;
  people.sort((a, b) => a.city.localeCompare(b.city) || a.id - b.id);
  check = (Math.imul(check, 31) + hashArray(people, (p) => p.id)) | 0;
  const keyed = people.map((p) => [p.score * 10 + p.age, p]);
  keyed.sort((x, y) => x[0] - y[0]);
  check = (Math.imul(check, 31) + hashArray(keyed, (k) => k[1].id)) | 0;
}
print(check >>> 0);
