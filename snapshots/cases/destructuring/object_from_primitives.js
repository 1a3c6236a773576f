const { length: len } = "abcd";
print(len);
const { notAMethod = "missing", valueOf } = 5;
print(notAMethod, typeof valueOf);
const { description } = Symbol("desc");
print(description);
const { constructor: { name } } = true;
print(name);
const { a = "boxed default" } = 42;
print(a);
/* expected
4
missing function
desc
Boolean
boxed default
*/
