const PLUGIN = Symbol("plugin");
class Host {
  static #plugins = [];
  static register(P) {
    if (!P[PLUGIN]) throw new TypeError(`${P.name} is not a plugin`);
    Host.#plugins.push(new P());
  }
  static run(input) { let v = input; for (const p of Host.#plugins) v = p.apply(v); return v; }
}
class Upper { static [PLUGIN] = true; apply(s) { return s.toUpperCase(); } }
class Exclaim { static [PLUGIN] = true; apply(s) { return s + "!"; } }
class Wrap extends Exclaim { apply(s) { return "<" + super.apply(s) + ">"; } }
class NotPlugin {}
Host.register(Upper);
Host.register(Wrap);
try { Host.register(NotPlugin); } catch (e) { print(e.message); }
print(Host.run("hello"));
print(Object.keys(Upper).length, Object.getOwnPropertySymbols(Wrap).length, Wrap[PLUGIN]);
/* expected
NotPlugin is not a plugin
<HELLO!>
0 0 true
*/
