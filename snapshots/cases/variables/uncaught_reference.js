print("before");
let total = 0;
for (let i = 0; i < 3; i++) total += i;
print(total);
print(notDefinedHere);
print("after");
// expect-verdict: uncaught_exception
/* expected
before
3
*/
