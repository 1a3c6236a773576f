const order = [];
class Config {
  static defaults = { level: 1 };
  static {
    order.push("block1:" + this.defaults.level);
    this.defaults.level = 2;
  }
  static derived = this.defaults.level * 10;
  static #secret;
  static {
    Config.#secret = "s" + this.derived;
    order.push("block2:" + Config.#secret);
  }
  static reveal() { return Config.#secret; }
}
print(order.join(" "));
print(Config.derived, Config.reveal());
/* expected
block1:1 block2:s20
20 s20
*/
