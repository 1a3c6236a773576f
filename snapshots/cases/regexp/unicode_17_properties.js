// `\p{…}` follows Unicode 17.0: characters and scripts new in it match,
// in and out of classes, negated, and next to lone surrogates.
const cases = [
  [/^\p{L}$/u, "\u088F"],            // ARABIC LETTER NOON WITH RING ABOVE (17.0)
  [/^\p{Script=Latin}$/u, "\uA7CE"], // LATIN CAPITAL LETTER PHARYNGEAL VOICED FRICATIVE (17.0)
  [/^\p{sc=Sidetic}+$/u, "\u{10940}\u{10941}"],
  [/^\p{Assigned}$/u, "\u{1FAC8}"],
  [/^\P{Assigned}$/u, "\u0378"],
  [/^[\p{Lu}\d]+$/u, "\uA7CE9"],
  [/^[^\p{L}]$/u, "\u088F"],
  [/^\P{L}$/u, "\u088F"],
  [/^\p{Cs}$/u, "\uD800"],
  [/^\p{Co}$/u, "\uE000"],
  [/^\p{Co}$/u, "\uD800"],
  [/^\p{space}+$/u, " \u3000\t"],
];
print(cases.map(([re, s]) => re.test(s)).join(" "));
print("a\uA7CEb\u{10940}".match(/\p{Script_Extensions=Latin}/gu).length);
/* expected
true true true true true true false false true true false true
3
*/
