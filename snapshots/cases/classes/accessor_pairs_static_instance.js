class Settings {
  static #store = {};
  static get(k) { return Settings.#store[k]; }
  static set(k, v) { Settings.#store[k] = v; }
  #theme = "light";
  get theme() { return this.#theme; }
  set theme(v) {
    if (v !== "light" && v !== "dark") throw new RangeError("bad theme " + v);
    this.#theme = v;
  }
}
const s = new Settings();
s.theme = "dark";
print(s.theme);
try { s.theme = "blue"; } catch (e) { print(e.name, e.message); }
print(s.theme);
Settings.set("lang", "en");
print(Settings.get("lang"), Settings.get("missing"));
/* expected
dark
RangeError bad theme blue
dark
en undefined
*/
