// split and matchAll fall back to the original RegExp constructor
// (%RegExp%), not to whatever the global name holds now.
const original = RegExp;
globalThis.RegExp = function () { throw new Error("the global was used"); };
print(JSON.stringify("a-b-c".split(/-/)), [..."a1b2".matchAll(/\d/g)].length);
const re = /x/;
re.constructor = undefined;
print(JSON.stringify("axb".split(re)));
globalThis.RegExp = original;
/* expected
["a","b","c"] 2
["a","b"]
*/
