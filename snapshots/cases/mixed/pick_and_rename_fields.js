const users = [
  { id: 7, first: "Ada", last: "Lovelace", email: "ada@x", password: "secret1", meta: { created: 1815 } },
  { id: 9, first: "Alan", last: "Turing", email: "alan@x", password: "secret2", meta: {} },
];
function pick(obj, ...keys) {
  const out = {};
  for (const k of keys) if (k in obj) out[k] = obj[k];
  return out;
}
const safe = users.map(({ password, meta: { created = "?" }, ...rest }) => ({ ...rest, created }));
for (const u of safe) print(Object.keys(u).join(","), u.created);
const cards = users.map((u) => pick(u, "first", "email", "missing"));
for (const { first, email, missing = "n/a" } of cards) print(first, email, missing);
const renamed = users.map(({ id: userId, first: given }) => `${userId}:${given}`);
print(renamed.join(" "));
/* expected
id,first,last,email,created 1815
id,first,last,email,created ?
Ada ada@x n/a
Alan alan@x n/a
7:Ada 9:Alan
*/
