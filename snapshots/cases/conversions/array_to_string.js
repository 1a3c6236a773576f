print([1, 2, 3], [], [[]], [[], []]);
print([null], [undefined], [null, undefined], [, , 1]);
print([1, [2, [3, [4]]]], ["a", ["b"]] + "");
print([1.5, -0, NaN, Infinity]);
print([{}, [1]], [true, false]);
const a = [1, 2];
a.toString = function () { return "custom"; };
print(a, a + "", `${a}`);
const self = [1];
self.push(self);
print(self.length);
print([1, 2].join(), [1, 2].join(undefined), [1, 2].join(""), [1, 2].join(null));
print(String([,]), [,].length, [, ,].length);
/* expected
1,2,3   ,
  , ,,1
1,2,3,4 a,b
1.5,0,NaN,Infinity
[object Object],1 true,false
custom custom custom
2
1,2 1,2 12 1null2
 1 2
*/
