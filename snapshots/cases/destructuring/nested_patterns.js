const data = {
  user: { name: "ann", tags: ["admin", "dev"], address: { city: "Oslo" } },
  scores: [[1, 2], [3, [4, 5]]],
};
const {
  user: { name, tags: [firstTag, ...otherTags], address: { city, zip = "none" } },
  scores: [[s1], [, [, deep]]],
} = data;
print(name, firstTag, otherTags.length, city, zip);
print(s1, deep);
const [{ v } = { v: "default obj" }] = [];
print(v);
/* expected
ann admin 1 Oslo none
1 5
default obj
*/
