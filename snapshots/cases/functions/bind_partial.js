function greet(greeting, punct) { return greeting + ", " + this.name + punct; }
const ann = { name: "Ann" };
const hello = greet.bind(ann, "Hello");
print(hello("!"), hello("?"), hello.length, hello.name);
const exact = greet.bind(ann, "Hi", ".");
print(exact(), exact("ignored"), exact.length);
const rebound = hello.bind({ name: "Bob" }, "...");
print(rebound(), rebound.name);
const add = (a, b, c) => a + b + c;
const add1 = add.bind(null, 1);
const add12 = add1.bind(null, 2);
print(add12(3), add12.length, add1.length);
const obj = { v: 5, get() { return this.v; } };
const unbound = obj.get;
const bound = obj.get.bind(obj);
try { unbound(); } catch (e) { print(e.name); }
print(bound(), bound.call({ v: 99 }));
print(typeof bound.prototype);
/* expected
Hello, Ann! Hello, Ann? 1 bound greet
Hi, Ann. Hi, Ann. 0
Hello, Ann... bound bound greet
6 1 2
TypeError
5 5
undefined
*/
