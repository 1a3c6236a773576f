function load() { return null; }
print("loading");
const { settings } = load();
print("unreachable", settings);
// expect-verdict: uncaught_exception
/* expected
loading
*/
