const db = Array.from({ length: 11 }, (_, i) => ({ id: i + 1, title: `item${i + 1}` }));
function* paginate(items, size) {
  for (let page = 0; page * size < items.length; page++) {
    yield { page: page + 1, items: items.slice(page * size, (page + 1) * size), last: (page + 1) * size >= items.length };
  }
}
for (const { page, items, last } of paginate(db, 4)) {
  print(`page ${page}${last ? " (last)" : ""}:`, items.map(({ id }) => id).join(","));
}
const [, second] = paginate(db, 5);
print(second.items.map(({ title }) => title).join(" "));
/* expected
page 1: 1,2,3,4
page 2: 5,6,7,8
page 3 (last): 9,10,11
item6 item7 item8 item9 item10
*/
