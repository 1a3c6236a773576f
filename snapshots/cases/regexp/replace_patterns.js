// Every substitution pattern of replace and replaceAll with a RegExp, and
// the arguments a replacer function gets.
const s = "John Smith";
print(s.replace(/(\w+)\s(\w+)/, "$2, $1"), s.replace(/(?<first>\w+) (?<last>\w+)/, "$<last> $<first>"));
print("abc".replace(/b/, "[$&|$`|$'|$$]"), "abc".replace(/b/, "$0 $1 $01 $10 $<x>"), "abc".replace(/(b)/, "$01$10$2"));
print("aaa".replace(/a/g, "$&$&"), "a.b.c".replaceAll(/\./g, "-"), "abcabc".replace(/b/y, "X"), "abcabc".replace(/a/y, "X"));
const args = [];
"x1y22".replace(/(\d)(\d)?/g, (...a) => { args.push(JSON.stringify(a)); return ""; });
print(args.join(" "));
const named = [];
"2024-05".replace(/(?<y>\d+)-(?<m>\d+)/, (...a) => { named.push(JSON.stringify(a)); return ""; });
print(named.join(" "));
// Empty matches advance by one (by a code point under u). Without u, jsvm
// does not stop between the halves of a pair (the spec gives 5 here, not 4:
// see the README's list of what is not matched exactly).
print("abc".replace(/(?:)/g, "-"), "😀".replace(/(?:)/gu, "-"), "😀".replace(/(?:)/g, "-").length);
// replaceAll demands the g flag.
try { "a".replaceAll(/a/, "b"); } catch (e) { print(e.name); }
// split: captures are spliced in, limits cut, empty matches split between units.
print(JSON.stringify("a1b2c".split(/\d/)), JSON.stringify("a1b2c".split(/(\d)/)), JSON.stringify("abc".split(/(?:)/)), JSON.stringify("a,b,c".split(/,/, 2)));
print(JSON.stringify("".split(/x/)), JSON.stringify("".split(/(?:)/)), JSON.stringify("Hello World".split(/(o)/)));
// match, matchAll, search.
print("a1b22c333".match(/\d+/g), "abc".match(/z/g), "abc".match(/b/).index, "abcb".search(/b/), "abc".search(/z/));
print([..."a1b22".matchAll(/(?<d>\d+)/g)].map((m) => `${m.index}:${m.groups.d}`).join(" "));
try { "a".matchAll(/a/); } catch (e) { print(e.name); }
const it = "ab".matchAll(/./g);
print(Object.prototype.toString.call(it), it.next().value[0], it.next().value[0], it.next().done);
/* expected
Smith, John Smith John
a[b|a|c|$]c a$0 $1 $01 $10 $<x>c abb0$2c
aaaaaa a-b-c abcabc Xbcabc
["1","1",null,1,"x1y22"] ["22","2","2",3,"x1y22"]
["2024-05","2024","05",0,"2024-05",{"y":"2024","m":"05"}]
-a-b-c- -😀- 5
TypeError
["a","b","c"] ["a","1","b","2","c"] ["a","b","c"] ["a","b"]
[""] [] ["Hell","o"," W","o","rld"]
1,22,333 null 1 1 -1
1:1 3:22
TypeError
[object RegExp String Iterator] a b true
*/
