class Vault {
  #gold = 100;
  static steal(o) { return o.#gold; }
}
print(Vault.steal(new Vault()));
print(Vault.steal({ gold: 5 }));
print("unreachable");
// expect-verdict: uncaught_exception
/* expected
100
*/
