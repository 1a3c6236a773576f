const it = [1, 2, 3].values();
print(it.next("ignored").value, it.next(1, 2, 3).value);
const spent = [].values();
print(spent.next().done, spent.next().done);
const kv = ["a"].entries();
const first = kv.next().value;
print(Array.isArray(first), first.length, first[0], first[1]);
/* expected
1 2
true true
true 2 0 a
*/
