// replace and replaceAll with a string pattern: first or every
// non-overlapping occurrence, and every GetSubstitution pattern.
const s = "one two one";
print(s.replace("one", "1"), s.replaceAll("one", "1"), s.replace("none", "x"));
print("abc".replace("b", "[$&|$`|$'|$$|$|$x]"));
// $n and $<name> have no captures to refer to with a string pattern.
print("abc".replace("b", "$1 $01 $10 $<n> $<"));
// A function replacer gets (match, position, string) and is ToString'd.
print("aXbXc".replaceAll("X", (m, p, str) => `${m}${p}${str.length}`));
print("aXb".replace("X", () => ({ toString() { return "obj"; } })));
print("abc".replace("b", (...args) => args.length));
// The empty pattern matches before every unit (replaceAll) or at 0.
print("aaa".replaceAll("", "-"), "aaa".replace("", "-"), "".replaceAll("", "!"));
// Overlapping candidates: the scan resumes after each match.
print("aaaa".replaceAll("aa", "b"), "abab".replaceAll("aba", "x"));
// The pattern and the template are converted with ToString.
print("1,2,3".replaceAll(",", 0), "null".replace(null, undefined), "a1b".replace(1, true));
// An object pattern decides through its Symbol.replace.
const pattern = { [Symbol.replace](string, replacement) { return `${string}<${replacement}>`; } };
print("abc".replace(pattern, "R"), "abc".replaceAll(pattern, "R"));
// replaceAll requires the g flag of anything that says it is a RegExp.
const fakeRegExp = { [Symbol.match]: true, flags: "i", [Symbol.replace]() { return "unreached"; } };
try { "a".replaceAll(fakeRegExp, "b"); } catch (e) { print(e.name); }
fakeRegExp.flags = "gi";
print("a".replaceAll(fakeRegExp, "b"));
try { String.prototype.replace.call(null, "a", "b"); } catch (e) { print(e.name); }
print(String.prototype.replace.length, String.prototype.replaceAll.length);
/* expected
1 two one 1 two 1 one two one
a[b|a|c|$|$|$x]c
a$1 $01 $10 $<n> $<c
aX15bX35c
aobjb
a3c
-a-a-a- -aaa !
bb xb
10203 undefined atrueb
abc<R> abc<R>
TypeError
unreached
TypeError
2 2
*/
