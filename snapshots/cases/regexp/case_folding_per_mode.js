// Under `i`, a pattern without `u` compares code units by their upper case
// (when it is one code unit, and never a non-ASCII unit turned ASCII); with
// `u` or `v` it compares code points by simple case folding.
const kelvin = "\u212a", longS = "\u017f", capitalSharpS = "\u1e9e";
print(/\u212a/i.test("k"), /\u212a/iu.test("k"), /k/i.test(kelvin), /k/iu.test(kelvin));
print(/\u017f/i.test("s"), /\u017f/iu.test("s"), /S/i.test(longS), /S/iv.test(longS));
print(/[a-z]/i.test(kelvin), /[a-z]/iu.test(kelvin), /[^k]/i.test("K"), /[^k]/i.test(kelvin));
print(/ß/i.test(capitalSharpS), /ß/iu.test(capitalSharpS), /ß/i.test("SS"), /\u0390/i.test("\u1fd3"), /\u0390/iu.test("\u1fd3"));
print(/[\u00e0-\u00e5]+/i.exec("xÀÅåz")[0], /[\w]/i.test(longS), /\w/iu.test(longS), /Σ+/i.exec("σςΣ")[0]);
print(/(.)\1/i.test("aA"), /(.)\1/i.test(kelvin + "k"), /(?<c>.)\k<c>/i.test("bB"));
print("Straße STRASSE strasse".match(/stra(ß|ss)e/gi));
/* expected
false true false true
false true false true
false true false true
false true false false true
ÀÅå false true σςΣ
true false true
Straße,STRASSE,strasse
*/
