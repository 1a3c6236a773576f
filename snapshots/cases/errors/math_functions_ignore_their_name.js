// Each Math function is fixed when it is created: renaming or deleting its
// `name` does not change what it computes.
delete Math.floor.name;
print(Math.floor(-2.5), Math.floor.name);
Object.defineProperty(Math.sqrt, "name", { value: "abs" });
print(Math.sqrt(-4), Math.sqrt(16));
const { cos } = Math;
print(cos(0));
/* expected
-3 
NaN 4
1
*/
