// Iterator helpers (ES2025), the newer chunks/windows/includes/join,
// Iterator.from and Iterator.concat: lazy, in order, closing what they read.
function* count(n) { for (let i = 1; i <= n; i++) yield i; }
const log = [];
function* traced(n) {
  try {
    for (let i = 1; i <= n; i++) { log.push("next " + i); yield i; }
  } finally {
    log.push("closed");
  }
}
print(count(6).filter(x => x % 2 === 0).map((x, i) => x * 10 + i).toArray());
print(count(5).drop(2).take(2).toArray());
print(count(3).flatMap(x => [x, -x]).toArray().join(" "));
print(count(4).reduce((a, b) => a * b), count(4).reduce((a, b) => a + b, 100));
print(count(4).some(x => x > 3), count(4).every(x => x < 4), count(4).find(x => x * x > 5));

const doubled = traced(10).map(x => x * 2);
print(doubled.next().value, doubled.next().value);
print(doubled.return().done, log.join(", "));
print(traced(3).take(0).next().done, log.length);

print([..."abcdefg"].values().chunks(3).toArray().join(" | "));
print(count(5).windows(3).toArray().join(" | "));
print(count(2).windows(3, "allow-partial").toArray().join(" | "));
print(count(5).includes(3), count(5).includes(3, 3), [NaN].values().includes(NaN));
print(["a", null, 1, undefined].values().join("-"));
print(Iterator.concat([1, 2], new Set(["x"]), "yz".split("")).toArray().join());

const plain = { i: 0, next() { return { done: this.i >= 3, value: this.i++ }; } };
const wrapped = Iterator.from(plain);
print(wrapped instanceof Iterator, wrapped.map(x => x + 1).toArray());
print(Iterator.from("hé😀").toArray().length);
const gen = count(3);
print(Iterator.from(gen) === gen);

class Countdown extends Iterator {
  constructor(n) { super(); this.n = n; }
  next() { return this.n > 0 ? { value: this.n--, done: false } : { value: undefined, done: true }; }
}
print(new Countdown(3).map(x => x * x).toArray());
for (const v of new Countdown(2).filter(x => x)) print("for-of", v);

try { new Iterator(); } catch (e) { print(e.name); }
try { count(1).take(-1); } catch (e) { print(e.name); }
try { count(1).map(1); } catch (e) { print(e.name); }
try { count(1).flatMap(x => "ab").next(); } catch (e) { print(e.name); }
const running = count(3).map(x => running.next());
try { running.next(); } catch (e) { print(e.name, e.message); }
print(Object.prototype.toString.call(count(1).map(x => x)), Iterator.prototype[Symbol.toStringTag]);
/* expected
20,41,62
3,4
1 -1 2 -2 3 -3
24 110
true false 3
2 4
true next 1, next 2, closed
true 3
a,b,c | d,e,f | g
1,2,3 | 2,3,4 | 3,4,5
1,2
true false true
a--1-
1,2,x,y,z
true 1,2,3
3
true
9,4,1
for-of 2
for-of 1
TypeError
RangeError
TypeError
TypeError
TypeError Iterator Helper is already running
[object Iterator Helper] Iterator
*/
