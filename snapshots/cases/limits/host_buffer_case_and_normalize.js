// limits: memory=4194304
print("\u00e9".repeat(1000).normalize("NFD").length);
print("\u00df".repeat(1000).toUpperCase().length);
print(("Σ. " + "ΑΣ ".repeat(5000)).toLowerCase().slice(0, 9));
"\u00e9".repeat(1 << 20).normalize("NFD");
// expect-verdict: out_of_memory
/* expected
2000
2000
σ. ας ας 
*/
