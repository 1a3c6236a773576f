const arrIt = [][Symbol.iterator]();
const ArrayIteratorProto = Object.getPrototypeOf(arrIt);
const IteratorProto = Object.getPrototypeOf(ArrayIteratorProto);
print(typeof ArrayIteratorProto.next, Object.hasOwn(ArrayIteratorProto, "next"));
print(typeof IteratorProto[Symbol.iterator]);
print(IteratorProto[Symbol.iterator].call(arrIt) === arrIt);
const strIt = ""[Symbol.iterator]();
print(Object.getPrototypeOf(Object.getPrototypeOf(strIt)) === IteratorProto);
function* g() {}
print(Object.getPrototypeOf(Object.getPrototypeOf(g.prototype)) === IteratorProto);
print(Object.prototype.toString.call(arrIt), Object.prototype.toString.call(strIt));
/* expected
function true
function
true
true
true
[object Array Iterator] [object String Iterator]
*/
