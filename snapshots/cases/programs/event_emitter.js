function Emitter() { this.handlers = {}; }
Emitter.prototype.on = function (name, fn) {
  (this.handlers[name] ||= []).push(fn);
  return () => { const list = this.handlers[name]; const i = list.indexOf(fn); if (i >= 0) this.handlers[name] = list.filter((_, j) => j !== i); };
};
Emitter.prototype.once = function (name, fn) {
  const off = this.on(name, (...args) => { off(); fn(...args); });
  return off;
};
Emitter.prototype.emit = function (name, ...args) {
  const list = this.handlers[name];
  if (!list || list.length === 0) return false;
  for (const fn of list.slice()) fn.apply(this, args);
  return true;
};
const em = new Emitter();
const log = [];
const offA = em.on("data", (x) => log.push("A" + x));
em.on("data", function (x, y) { log.push("B" + x + (y ?? "")); });
em.once("data", (x) => log.push("once" + x));
print(em.emit("data", 1), log.join(" "));
log.length = 0;
offA();
print(em.emit("data", 2, "!"), log.join(" "));
print(em.emit("missing"));
em.on("error", (e) => print("error handler:", e.message));
em.emit("error", new Error("oops"));
/* expected
true A1 B1 once1
true B2!
false
error handler: oops
*/
