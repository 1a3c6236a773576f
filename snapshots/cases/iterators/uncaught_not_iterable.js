const config = { items: 3 };
print("start");
for (const item of config) print(item);
print("never");
// expect-verdict: uncaught_exception
/* expected
start
*/
