function* withArgs() {
  yield arguments.length;
  yield [...arguments].join("");
}
print([...withArgs("a", "b", "c")].join(" "));
const holder = {
  name: "holder",
  *names() { yield this.name; },
};
print(holder.names().next().value);
function* strictThis() { yield this === undefined; }
print(strictThis().next().value);
/* expected
3 abc
holder
true
*/
