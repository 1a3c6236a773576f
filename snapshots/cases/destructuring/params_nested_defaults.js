function config({ server: { host = "localhost", port = 80 } = {}, retries = 3 } = {}) {
  return host + ":" + port + " x" + retries;
}
print(config());
print(config({ server: { port: 8080 } }));
print(config({ retries: 0, server: { host: "h" } }));
try { config(null); } catch (e) { print(e.name); }
try { config({ server: null }); } catch (e) { print(e.name); }
const fn = ([a, [b, c] = [2, 3]] = [1]) => a + b + c;
print(fn(), fn([10]), fn([10, [20, 30]]));
/* expected
localhost:80 x3
localhost:8080 x3
h:80 x0
TypeError
TypeError
6 15 60
*/
