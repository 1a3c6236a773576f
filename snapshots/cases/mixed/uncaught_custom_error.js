class ConfigError extends Error {
  constructor(key) { super(`missing config key: ${key}`); this.name = "ConfigError"; }
}
function read(cfg, ...keys) {
  const out = [];
  for (const k of keys) { if (!(k in cfg)) throw new ConfigError(k); out.push(cfg[k]); }
  return out;
}
const [host, port] = read({ host: "h", port: 1 }, "host", "port");
print(host, port);
read({ host: "h" }, "host", "port");
print("unreachable");
// expect-verdict: uncaught_exception
/* expected
h 1
*/
