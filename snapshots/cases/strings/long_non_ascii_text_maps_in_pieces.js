// Long text without ASCII is mapped in pieces cut where nothing looks
// across: the result is the same as mapping it whole. Final sigma depends
// on the letters around it, Hangul jamo and combining marks compose with
// their neighbours, and 'ß' upper-cases to two letters.
const n = 20000;
print("\u00e9\u03a3".repeat(n).toLowerCase() === "\u00e9\u03c3".repeat(n - 1) + "\u00e9\u03c2");
print("\u03a3\u0301\u00e9".repeat(n).toLowerCase() === "\u03c3\u0301\u00e9".repeat(n));
print("\u1100\u1161".repeat(n).normalize("NFC") === "\uac00".repeat(n));
print("e\u0301\u00e9".repeat(n).normalize("NFC") === "\u00e9".repeat(2 * n));
print("\u00e9\u0323".repeat(n).normalize("NFD") === "e\u0323\u0301".repeat(n));
print("\u00df\u00e9".repeat(n).toUpperCase() === "SS\u00c9".repeat(n));
print("\u00e9".repeat(n).localeCompare("e\u0301".repeat(n)));
/* expected
true
true
true
true
true
true
0
*/
