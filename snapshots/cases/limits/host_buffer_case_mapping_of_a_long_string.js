// limits: memory=4194304
// Case mapping works in pieces and counts the result as it grows: "ß"
// upper-cases to "SS", so 1 Mi of them need 4 MiB for the result alone.
const s = "\u00df".repeat(1 << 16);
print(s.toUpperCase().length, s.toUpperCase().slice(0, 4));
"\u00df".repeat(1 << 20).toUpperCase();
// expect-verdict: out_of_memory
/* expected
131072 SSSS
*/
