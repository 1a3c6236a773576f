const people = [{ name: "a", age: 30 }, { name: "b", age: 25 }];
for (const { name, age } of people) print(name, age);
for (const [i, { name }] of people.entries()) print(i, name);
const pairs = [[1, "one"], [2, "two"]];
let num, word;
for ([num, word] of pairs) {}
print(num, word);
const target = {};
for ({ n: target.last } of [{ n: 1 }, { n: 2 }]) {}
print(target.last);
for (const [k, v] of Object.entries({ x: 1, y: 2 })) print(k + "=" + v);
/* expected
a 30
b 25
0 a
1 b
2 two
2
x=1
y=2
*/
