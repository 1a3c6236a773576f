const a = [0, 1, 2, 3, 4, 5];
print(a.slice(), a.slice(2), a.slice(1, 3), a.slice(-2), a.slice(-3, -1));
print(a.slice(4, 2).length, a.slice(10).length, a.slice(-100, 2));
print(a.slice(1.7, 3.2), a.slice("2", "4"), a.slice(undefined, 2));
const copy = a.slice();
copy[0] = "changed";
print(a[0], copy[0], copy !== a);
const holes = [1, , 3].slice(0, 3);
print(holes.length, 1 in holes);
const nested = [[1], [2]];
const sh = nested.slice();
sh[0].push(99);
print(nested[0]);
print("hello".slice(1, -1), "hello".slice(-3));
/* expected
0,1,2,3,4,5 2,3,4,5 1,2 4,5 3,4
0 0 0,1
1,2 2,3 0,1
0 changed true
3 false
1,99
ell llo
*/
