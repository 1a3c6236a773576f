print("start");
function use() { return value * 2; }
print(typeof use);
use();
let value = 10;
print("never");
// expect-verdict: uncaught_exception
/* expected
start
function
*/
