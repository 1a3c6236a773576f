const id = Symbol("id");
print("converting");
const label = "id is " + id;
print(label);
// expect-verdict: uncaught_exception
/* expected
converting
*/
