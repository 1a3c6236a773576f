const items = ["a", "b", "c"];
const list = `<ul>${items.map((x, i) => `<li id="${i}">${x.toUpperCase()}</li>`).join("")}</ul>`;
print(list);
const user = { name: "Ann", roles: ["admin"] };
print(`${user.name} (${user.roles.length ? user.roles.join("+") : "none"})`);
print(`${`${1 + 1}` + `${2}`}`, typeof `${1}`);
let count = 0;
const t = `${count++}-${count++}-${count}`;
print(t, count);
const obj = { valueOf() { return 1; }, toString() { return "two"; } };
print(`${obj}`, obj + "", `${obj + 1}`);
print(`a${1}b${2}c${3}d`.length);
print(`${"\u{1F600}"}`.length, `\u{1F600}` === "😀");
/* expected
<ul><li id="0">A</li><li id="1">B</li><li id="2">C</li></ul>
Ann (admin)
22 string
0-1-2 2
two 1 2
7
2 true
*/
